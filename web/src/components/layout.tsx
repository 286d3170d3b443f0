import type { ReactNode } from 'react';
import { useSignOut } from '../api/session';
import { useCurrentUser } from '../current-user';
import { Link, useLocation } from '../router';
import { navLinks } from '../routes';
import { FormError } from './form-messages';
import { NoticeProvider } from './notice';
import { QuickLogProvider, useQuickLog } from './quick-log';

/** The signed-in frame: skip link, header with navigation, Log, the user and Sign out. */
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
  const { path } = useLocation();
  // A section stays marked on its inner pages: People on /people/ana.
  const inSection = (section: string) =>
    path === section || (section !== '/' && path.startsWith(`${section}/`));
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
          <nav aria-label="Main">
            <ul>
              {navLinks().map((link) => (
                <li key={link.path}>
                  <Link to={link.path} aria-current={inSection(link.path) ? 'page' : undefined}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="account">
            <button
              type="button"
              className="primary log-button"
              aria-keyshortcuts="n"
              title="Log a conversation (n)"
              onClick={() => openLog()}
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
