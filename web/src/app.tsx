// The route gate: decides from the setup status and the session which page may show, and
// redirects when the current one may not.
import { Suspense } from 'react';
import { errorMessage } from './api/client';
import { useSession, useSetupStatus } from './api/session';
import { Layout } from './components/layout';
import { CurrentUserContext } from './current-user';
import { Redirect, safeNext, useLocation } from './router';
import { findRoute, type PageRoute } from './routes';

export function App() {
  const { path, search } = useLocation();
  const setup = useSetupStatus();
  const needsSetup = setup.data?.needsSetup;
  const session = useSession(needsSetup === false);
  const { route, params } = findRoute(path);
  const page = <RoutePage route={route} params={params} />;

  if (setup.isError) return <StartupError error={setup.error} retry={() => setup.refetch()} />;
  if (setup.isPending) return <Loading />;
  if (needsSetup) return route.access === 'setup' ? page : <Redirect to="/setup" />;
  if (session.isError)
    return <StartupError error={session.error} retry={() => session.refetch()} />;
  if (session.isPending) return <Loading />;

  const user = session.data?.user ?? null;
  if (route.access === 'setup') return <Redirect to="/" />;
  if (route.access === 'guest') {
    return user ? <Redirect to={safeNext(search.get('next'))} /> : page;
  }
  if (!user && route.access === 'either') return page;
  if (!user) {
    const here = path + (search.size ? `?${search}` : '');
    return <Redirect to={here === '/' ? '/signin' : `/signin?next=${encodeURIComponent(here)}`} />;
  }
  return (
    <CurrentUserContext.Provider value={user}>
      <Layout>{page}</Layout>
    </CurrentUserContext.Provider>
  );
}

/**
 * The page, once its code has loaded. Meanwhile (a few milliseconds on a good connection) the
 * frame stays and the page area is blank; only a slow load shows "Loading…", after a delay set
 * in CSS, so a quick one never flashes it.
 */
function RoutePage({ route, params }: { route: PageRoute; params: Record<string, string> }) {
  return (
    <Suspense
      fallback={
        <p className="loading page-loading" role="status">
          Loading…
        </p>
      }
    >
      <route.page params={params} />
    </Suspense>
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
