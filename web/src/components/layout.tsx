import type { ReactNode } from 'react';
import { useSignOut } from '../api/session';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { navLinks } from '../routes';
import { FormError } from './form-messages';

/** The signed-in frame: skip link, header with navigation, the user and Sign out. */
export function Layout({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const signOut = useSignOut();
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
                  <Link to={link.path}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="account">
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
