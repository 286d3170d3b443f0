import { type ReactNode, useEffect } from 'react';
import { usePreferences } from '../api/preferences';
import { useSignOut } from '../api/session';
import { useCurrentUser } from '../current-user';
import { setShortcutsEnabled } from '../keys';
import { Link } from '../router';
import { FormError } from './form-messages';
import { MainNav } from './main-nav';
import { NoticeProvider } from './notice';
import { preloadLogForm, QuickLogProvider, useQuickLog } from './quick-log';
import { StatusPill } from './status-pill';

/** The signed-in frame: skip link, header with navigation, status, Log, the user and Sign out. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <NoticeProvider>
      <QuickLogProvider>
        <Frame>{children}</Frame>
      </QuickLogProvider>
    </NoticeProvider>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const openLog = useQuickLog();
  const shortcutsOn = usePreferences().data?.shortcuts !== false;
  useEffect(() => setShortcutsEnabled(shortcutsOn), [shortcutsOn]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            Rapport
          </Link>
          <MainNav />
          <div className="account">
            <StatusPill />
            <button
              type="button"
              className="primary log-button"
              aria-keyshortcuts="n"
              title="Log a conversation (n)"
              onClick={() => openLog()}
              onPointerEnter={preloadLogForm}
              onFocus={preloadLogForm}
            >
              Log
            </button>
            <span className="account-name">{user.name}</span>
            <button
              type="button"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate({ everywhere: false })}
            >
              Sign out
            </button>
          </div>
        </div>
        <FormError error={signOut.error} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
