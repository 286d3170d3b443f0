import { lazy, Suspense, useState } from 'react';
import { usePeople } from '../api/people';
import { useCaptureSuggestions, useNoticed } from '../api/sources';
import { useToday } from '../api/today';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { useQuickLog } from '../components/quick-log';
import { NowCard } from '../components/schedule/now-card';
import { Agenda } from '../components/today/agenda';
import { LaterCards } from '../components/today/later-cards';
import { WeekCard } from '../components/today/week-card';
import { useCurrentUser } from '../current-user';
import { useWrappedUp } from '../end-of-day';
import { Link, useLocation } from '../router';
import { firstName, formatClock, greeting } from '../time';
import { useNow } from '../use-now';

// Cards most mornings don't have (capture's, team welcomes): their code loads only when one has
// something to show, so Today's first load doesn't carry it.
const capture = () => import('../components/today/capture-on-today');
const FailingSourcesCard = lazy(() => capture().then((m) => ({ default: m.FailingSourcesCard })));
const NoticedCard = lazy(() => capture().then((m) => ({ default: m.NoticedCard })));
const PeopleToAddCard = lazy(() => capture().then((m) => ({ default: m.PeopleToAddCard })));
const WelcomesOnToday = lazy(() =>
  import('../components/today/welcomes-on-today').then((m) => ({ default: m.WelcomesOnToday })),
);

/** The home page: whom to reach out to today and what to talk about, and how the week goes. */
export function TodayPage() {
  const user = useCurrentUser();
  const now = useNow();
  const today = useToday();
  // A push opens Today on its item.
  const focusKey = useLocation().search.get('item');
  const [wrappedUp, wrapUp] = useWrappedUp(user.id, today.data?.date ?? '');
  const items = (today.data?.cards ?? []).filter(
    (card) => !(wrappedUp && card.kind === 'end-of-day'),
  );
  const later = today.data?.later ?? [];
  // Nobody on Today at all: a new account (whatever the time of day adds, such as the end of
  // day prompt) is asked who matters; an old one is told it is caught up.
  const nobody = !items.some((card) => card.person) && !later.some((card) => card.person);
  const failing = today.data?.failingSources ?? [];
  const welcomes = today.data?.welcomes ?? [];
  const noticed = useNoticed().data ?? [];
  // Once shown, "People you talk to" stays for the rest of the visit: it confirms who was added.
  const suggestions = useCaptureSuggestions().data ?? [];
  const [suggested, setSuggested] = useState(false);
  if (suggestions.length > 0 && !suggested) setSuggested(true);
  return (
    <Page title="Today" heading={`${greeting(now, user.timeZone)}, ${firstName(user.name)}`}>
      <p className="lead">
        It’s {formatClock(now, user.timeZone)} in {user.timeZone}.
      </p>
      <div className="today-grid">
        <section className="today-main" aria-labelledby="agenda-title">
          {failing.length > 0 && (
            <Suspense fallback={null}>
              <FailingSourcesCard failing={failing} />
            </Suspense>
          )}
          <h2 id="agenda-title">
            Today{today.data && items.length > 0 ? ` · ${items.length}` : ''}
          </h2>
          {today.isPending && <p className="hint">Loading your agenda…</p>}
          <FormError error={today.error} />
          {today.data && nobody && <EmptyAgenda />}
          {today.data && !nobody && items.length === 0 && later.length > 0 && (
            <p className="hint">Nothing needs you today.</p>
          )}
          {items.length > 0 && (
            <>
              <p className="hint keys-hint">
                Keys: <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↑</kbd>/<kbd>↓</kbd> move, <kbd>l</kbd> log,{' '}
                <kbd>s</kbd> snooze, <kbd>d</kbd> done, <kbd>n</kbd> new log.
              </p>
              <Agenda items={items} onWrapUp={wrapUp} focusKey={focusKey} />
            </>
          )}
          <LaterCards cards={later} limit={today.data?.limit ?? 7} onWrapUp={wrapUp} />
          <Suspense fallback={null}>
            {noticed.length > 0 && <NoticedCard />}
            {welcomes.length > 0 && <WelcomesOnToday welcomes={welcomes} />}
            {suggested && <PeopleToAddCard />}
          </Suspense>
        </section>
        <div className="today-side">
          <WeekCard />
          <NowCard />
        </div>
      </div>
    </Page>
  );
}

function EmptyAgenda() {
  const people = usePeople();
  const openLog = useQuickLog();
  if (people.data?.length === 0) {
    return (
      <div className="card empty-card">
        <h3>Who matters to you?</h3>
        <p>
          Start with a few people: your manager, the teammates you rely on, a friend you keep
          meaning to call. Each morning Rapport will tell you whom to reach out to and what to talk
          about.
        </p>
        <Link to="/people/new" className="button primary">
          Add a person
        </Link>
      </div>
    );
  }
  return (
    <div className="card empty-card">
      <h3>You’re all caught up</h3>
      <p>
        Everyone you keep in touch with has heard from you recently. Enjoy the quiet — or, if you
        just had a good chat, write it down while it’s fresh.
      </p>
      <button type="button" onClick={() => openLog()}>
        Log a conversation
      </button>
    </div>
  );
}
