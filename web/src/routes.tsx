// Every page of the app. Adding a page: write pages/<name>.tsx, add one line here, and give it a
// `nav` label if it belongs in the header (`more: true` puts it under the header's "More").
import type { ComponentType } from 'react';
import { AccomplishmentsPage } from './pages/accomplishments';
import { AdminPage } from './pages/admin';
import { EditPersonPage } from './pages/edit-person';
import { ForgotPasswordPage } from './pages/forgot';
import { HouseholdPage } from './pages/household';
import { ImportPage } from './pages/import';
import { JoinPage } from './pages/join';
import { NewPersonPage } from './pages/new-person';
import { NotFoundPage } from './pages/not-found';
import { OfficePage } from './pages/office';
import { PeoplePage } from './pages/people';
import { PersonPage } from './pages/person';
import { ProposalPage } from './pages/proposal';
import { ResetPasswordPage } from './pages/reset-password';
import { SchedulePage } from './pages/schedule';
import { SettingsPage } from './pages/settings';
import { SetupPage } from './pages/setup';
import { SignInPage } from './pages/signin';
import { TeamPage } from './pages/team';
import { TeamAdminPage } from './pages/team-admin';
import { TeamDirectoryPage } from './pages/team-directory';
import { TeamJoinPage } from './pages/team-join';
import { TeamProfilePage } from './pages/team-profile';
import { TeamSpacePage } from './pages/team-space';
import { TodayPage } from './pages/today';
import { TripsPage } from './pages/trips';
import { UpdatePage } from './pages/update';
import { UpdatesPage } from './pages/updates';
import { matchPath } from './router';

/**
 * Who may see a page: `user` needs a session (and gets the app layout), `guest` is for the
 * signed-out (a signed-in visitor is sent on), `setup` only exists before the first account,
 * `either` shows to both (with the layout when signed in).
 */
export type Access = 'user' | 'guest' | 'setup' | 'either';

export interface PageRoute {
  path: string;
  access: Access;
  page: ComponentType<{ params: Record<string, string> }>;
  nav?: string;
  /** In the header's "More" menu rather than in the first row of links; `'phone'`: only on phones. */
  more?: boolean | 'phone';
}

export const routes: PageRoute[] = [
  { path: '/', access: 'user', page: TodayPage, nav: 'Today' },
  { path: '/people', access: 'user', page: PeoplePage, nav: 'People' },
  // Before `/people/:id`, which would match it too.
  { path: '/people/new', access: 'user', page: NewPersonPage },
  { path: '/people/:id', access: 'user', page: PersonPage },
  { path: '/people/:id/edit', access: 'user', page: EditPersonPage },
  // Linked from People (and Settings); not in the header.
  { path: '/import', access: 'user', page: ImportPage },
  { path: '/schedule', access: 'user', page: SchedulePage, nav: 'Schedule' },
  {
    path: '/accomplishments',
    access: 'user',
    page: AccomplishmentsPage,
    nav: 'Wins',
    more: 'phone',
  },
  { path: '/updates', access: 'user', page: UpdatesPage, nav: 'Updates', more: 'phone' },
  { path: '/updates/:id', access: 'user', page: UpdatePage },
  // Occasional, so not in the header: linked from Wins and from Today's revisit reminder.
  { path: '/proposal', access: 'user', page: ProposalPage },
  { path: '/team', access: 'user', page: TeamPage, nav: 'Team', more: 'phone' },
  // Signed in: join. Signed out: create the account that joins (or sign in and come back).
  { path: '/team/join/:token', access: 'either', page: TeamJoinPage },
  { path: '/team/:id', access: 'user', page: TeamSpacePage },
  { path: '/team/:id/directory', access: 'user', page: TeamDirectoryPage },
  { path: '/team/:id/profile', access: 'user', page: TeamProfilePage },
  { path: '/team/:id/admin', access: 'user', page: TeamAdminPage },
  { path: '/office', access: 'user', page: OfficePage, nav: 'Office', more: true },
  { path: '/trips', access: 'user', page: TripsPage, nav: 'Trips', more: true },
  { path: '/household', access: 'user', page: HouseholdPage, nav: 'Household', more: true },
  { path: '/settings', access: 'user', page: SettingsPage, nav: 'Settings', more: true },
  // The owner's and admins' page; linked from Settings (members see only a sentence there).
  { path: '/admin', access: 'user', page: AdminPage },
  { path: '/signin', access: 'guest', page: SignInPage },
  { path: '/forgot', access: 'guest', page: ForgotPasswordPage },
  { path: '/reset/:token', access: 'guest', page: ResetPasswordPage },
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

/** The header's links, in table order; `more` ones go in the "More" menu. */
export function navLinks(): { path: string; label: string; more: boolean | 'phone' }[] {
  return routes.flatMap((route) =>
    route.nav ? [{ path: route.path, label: route.nav, more: route.more ?? false }] : [],
  );
}
