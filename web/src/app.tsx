// The route gate: decides from the setup status and the session which page may show, and
// redirects when the current one may not.
import { errorMessage } from './api/client';
import { useSession, useSetupStatus } from './api/session';
import { Layout } from './components/layout';
import { CurrentUserContext } from './current-user';
import { Redirect, safeNext, useLocation } from './router';
import { findRoute } from './routes';

export function App() {
  const { path, search } = useLocation();
  const setup = useSetupStatus();
  const needsSetup = setup.data?.needsSetup;
  const session = useSession(needsSetup === false);
  const { route, params } = findRoute(path);

  if (setup.isError) return <StartupError error={setup.error} retry={() => setup.refetch()} />;
  if (setup.isPending) return <Loading />;
  if (needsSetup)
    return route.access === 'setup' ? <route.page params={params} /> : <Redirect to="/setup" />;
  if (session.isError)
    return <StartupError error={session.error} retry={() => session.refetch()} />;
  if (session.isPending) return <Loading />;

  const user = session.data?.user ?? null;
  if (route.access === 'setup') return <Redirect to="/" />;
  if (route.access === 'guest') {
    return user ? <Redirect to={safeNext(search.get('next'))} /> : <route.page params={params} />;
  }
  if (!user && route.access === 'either') return <route.page params={params} />;
  if (!user) {
    const here = path + (search.size ? `?${search}` : '');
    return <Redirect to={here === '/' ? '/signin' : `/signin?next=${encodeURIComponent(here)}`} />;
  }
  return (
    <CurrentUserContext.Provider value={user}>
      <Layout>
        <route.page params={params} />
      </Layout>
    </CurrentUserContext.Provider>
  );
}

function Loading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}

function StartupError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="auth">
      <div className="auth-card" role="alert">
        <h1>Rapport can’t start</h1>
        <p>{errorMessage(error)}</p>
        <button type="button" className="primary" onClick={retry}>
          Try again
        </button>
      </div>
    </main>
  );
}
