// Every page of the app. Adding a page: write pages/<name>.tsx, add one line here, and give it a
// `nav` label if it belongs in the header (`more: true` puts it under the header's "More").
import { type ComponentType, lazy } from 'react';
import { NotFoundPage } from './pages/not-found';
import { TodayPage } from './pages/today';
import { matchPath } from './router';

type PageComponent = ComponentType<{ params: Record<string, string> }>;

/**
 * A page whose code loads when it is first shown: the first load of Today fetches only Today's
 * code, and each other page arrives (cached after) when the user goes there.
 */
function page<Name extends string>(
  load: () => Promise<{ [key in Name]: PageComponent }>,
  name: Name,
): PageComponent {
  return lazy<PageComponent>(async () => ({ default: (await load())[name] }));
}

// Today is the page nearly every visit starts on, so it ships in the first bundle (no second
// round trip before the agenda shows); the not-found page is tiny.
const AdminPage = page(() => import('./pages/admin'), 'AdminPage');
const AccomplishmentsPage = page(() => import('./pages/accomplishments'), 'AccomplishmentsPage');
const EditPersonPage = page(() => import('./pages/edit-person'), 'EditPersonPage');
const ForgotPasswordPage = page(() => import('./pages/forgot'), 'ForgotPasswordPage');
const HouseholdPage = page(() => import('./pages/household'), 'HouseholdPage');
const ImportPage = page(() => import('./pages/import'), 'ImportPage');
const JoinPage = page(() => import('./pages/join'), 'JoinPage');
const NewPersonPage = page(() => import('./pages/new-person'), 'NewPersonPage');
const OfficePage = page(() => import('./pages/office'), 'OfficePage');
const PeoplePage = page(() => import('./pages/people'), 'PeoplePage');
const PersonPage = page(() => import('./pages/person'), 'PersonPage');
const ProposalPage = page(() => import('./pages/proposal'), 'ProposalPage');
const ResetPasswordPage = page(() => import('./pages/reset-password'), 'ResetPasswordPage');
const SchedulePage = page(() => import('./pages/schedule'), 'SchedulePage');
const SettingsPage = page(() => import('./pages/settings'), 'SettingsPage');
const SetupPage = page(() => import('./pages/setup'), 'SetupPage');
const SignInPage = page(() => import('./pages/signin'), 'SignInPage');
const SignInZonePage = page(() => import('./pages/signin-zone'), 'SignInZonePage');
const TeamPage = page(() => import('./pages/team'), 'TeamPage');
const TeamAdminPage = page(() => import('./pages/team-admin'), 'TeamAdminPage');
const TeamDirectoryPage = page(() => import('./pages/team-directory'), 'TeamDirectoryPage');
const TeamJoinPage = page(() => import('./pages/team-join'), 'TeamJoinPage');
const TeamProfilePage = page(() => import('./pages/team-profile'), 'TeamProfilePage');
const TeamSpacePage = page(() => import('./pages/team-space'), 'TeamSpacePage');
const TripsPage = page(() => import('./pages/trips'), 'TripsPage');
const UpdatePage = page(() => import('./pages/update'), 'UpdatePage');
const UpdatesPage = page(() => import('./pages/updates'), 'UpdatesPage');

/**
 * Who may see a page: `user` needs a session (and gets the app layout), `guest` is for the
 * signed-out (a signed-in visitor is sent on), `setup` only exists before the first account,
 * `either` shows to both (with the layout when signed in).
 */
export type Access = 'user' | 'guest' | 'setup' | 'either';

export interface PageRoute {
  path: string;
  access: Access;
  page: PageComponent;
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
  // After a first sign-in through the identity provider created the account: the zone, once.
  { path: '/signin/zone', access: 'user', page: SignInZonePage },
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
