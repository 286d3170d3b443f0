import { usePeople } from '../api/people';
import { useToday } from '../api/today';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { useQuickLog } from '../components/quick-log';
import { NowCard } from '../components/schedule/now-card';
import { Agenda } from '../components/today/agenda';
import {
  FailingSourcesCard,
  NoticedCard,
  PeopleToAddCard,
} from '../components/today/capture-on-today';
import { LaterCards } from '../components/today/later-cards';
import { WeekCard } from '../components/today/week-card';
import { WelcomesOnToday } from '../components/today/welcomes-on-today';
import { useCurrentUser } from '../current-user';
import { useWrappedUp } from '../end-of-day';
import { Link, useLocation } from '../router';
import { formatClock, greeting } from '../time';
import { useNow } from '../use-now';

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
  return (
    <Page title="Today" heading={`${greeting(now, user.timeZone)}, ${user.name}`}>
      <p className="lead">
        It’s {formatClock(now, user.timeZone)} in {user.timeZone}.
      </p>
      <div className="today-grid">
        <section className="today-main" aria-labelledby="agenda-title">
          <FailingSourcesCard failing={today.data?.failingSources} />
          <h2 id="agenda-title">
            Today{today.data && items.length > 0 ? ` · ${items.length}` : ''}
          </h2>
          {today.isPending && <p className="hint">Loading your agenda…</p>}
          <FormError error={today.error} />
          {today.data && items.length === 0 && later.length === 0 && <EmptyAgenda />}
          {today.data && items.length === 0 && later.length > 0 && (
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
          <NoticedCard />
          <WelcomesOnToday welcomes={today.data?.welcomes ?? []} />
          <PeopleToAddCard />
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
