import type { ReactNode } from 'react';
import { Page } from './page';

/** The centred card that the signed-out pages (setup, sign in, join) sit in. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main id="main" className="auth">
      <div className="auth-card">
        <p className="brand" aria-hidden="true">
          Rapport
        </p>
        <Page title={title}>
          {intro && <p className="intro">{intro}</p>}
          {children}
        </Page>
      </div>
    </main>
  );
}
