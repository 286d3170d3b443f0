// Every page of the app. Adding a page: write pages/<name>.tsx, add one line here, and give it a
// `nav` label if it belongs in the header.
import type { ComponentType } from 'react';
import { AccomplishmentsPage } from './pages/accomplishments';
import { EditPersonPage } from './pages/edit-person';
import { JoinPage } from './pages/join';
import { NewPersonPage } from './pages/new-person';
import { NotFoundPage } from './pages/not-found';
import { PeoplePage } from './pages/people';
import { PersonPage } from './pages/person';
import { ProposalPage } from './pages/proposal';
import { SettingsPage } from './pages/settings';
import { SetupPage } from './pages/setup';
import { SignInPage } from './pages/signin';
import { TodayPage } from './pages/today';
import { UpdatePage } from './pages/update';
import { UpdatesPage } from './pages/updates';
import { matchPath } from './router';

/**
 * Who may see a page: `user` needs a session (and gets the app layout), `guest` is for the
 * signed-out (a signed-in visitor is sent on), `setup` only exists before the first account.
 */
export type Access = 'user' | 'guest' | 'setup';

export interface PageRoute {
  path: string;
  access: Access;
  page: ComponentType<{ params: Record<string, string> }>;
  nav?: string;
}

export const routes: PageRoute[] = [
  { path: '/', access: 'user', page: TodayPage, nav: 'Today' },
  { path: '/people', access: 'user', page: PeoplePage, nav: 'People' },
  // Before `/people/:id`, which would match it too.
  { path: '/people/new', access: 'user', page: NewPersonPage },
  { path: '/people/:id', access: 'user', page: PersonPage },
  { path: '/people/:id/edit', access: 'user', page: EditPersonPage },
  { path: '/accomplishments', access: 'user', page: AccomplishmentsPage, nav: 'Wins' },
  { path: '/updates', access: 'user', page: UpdatesPage, nav: 'Updates' },
  { path: '/updates/:id', access: 'user', page: UpdatePage },
  // Occasional, so not in the header: linked from Wins and from Today's revisit reminder.
  { path: '/proposal', access: 'user', page: ProposalPage },
  { path: '/settings', access: 'user', page: SettingsPage, nav: 'Settings' },
  { path: '/signin', access: 'guest', page: SignInPage },
  { path: '/signup', access: 'guest', page: JoinPage },
  { path: '/join/:token', access: 'guest', page: JoinPage },
  { path: '/setup', access: 'setup', page: SetupPage },
];

const notFound: PageRoute = { path: '*', access: 'user', page: NotFoundPage };

export function findRoute(path: string): { route: PageRoute; params: Record<string, string> } {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return { route: notFound, params: {} };
}

/** The header's links, in table order. */
export function navLinks(): { path: string; label: string }[] {
  return routes.flatMap((route) => (route.nav ? [{ path: route.path, label: route.nav }] : []));
}
