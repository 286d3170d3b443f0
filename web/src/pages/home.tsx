import { useEffect, useState } from 'react';
import { Page } from '../components/page';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { formatClock, greeting } from '../time';

/** Re-renders every minute so the greeting and clock stay true. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function HomePage() {
  const user = useCurrentUser();
  const now = useNow();
  return (
    <Page title="Home" heading={`${greeting(now, user.timeZone)}, ${user.name}`}>
      <p className="lead">
        It’s {formatClock(now, user.timeZone)} in {user.timeZone}.
      </p>
      <section className="card" aria-labelledby="today-soon">
        <h2 id="today-soon">Today arrives soon</h2>
        <p>
          Each morning Rapport will list whom to reach out to and what to talk about. Until then,
          set your working hours in <Link to="/settings">Settings</Link> so Rapport knows when
          you’re at work.
        </p>
      </section>
    </Page>
  );
}
