import { Page } from '../components/page';
import { AddressBooksSection } from '../components/settings/address-books';
import { CalendarSection } from '../components/settings/calendar';
import { DigestSection } from '../components/settings/digest';
import { HouseholdLinkSection } from '../components/settings/household-link';
import { InterestsSection } from '../components/settings/interests';
import { InvitesSection } from '../components/settings/invites';
import { KeyboardSection } from '../components/settings/keyboard';
import { PasswordSection } from '../components/settings/password';
import { ProfileSection } from '../components/settings/profile';
import { PushDevicesSection } from '../components/settings/push-devices';
import { ResetLinkSection } from '../components/settings/reset-link';
import { SessionsSection } from '../components/settings/sessions';
import { SourcesSection } from '../components/settings/sources';
import { TokensSection } from '../components/settings/tokens';
import { WorkingHoursSection } from '../components/settings/working-hours';
import { DeleteAccountSection, YourDataSection } from '../components/settings/your-data';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';

export function SettingsPage() {
  const user = useCurrentUser();
  const isOwner = user.role === 'owner';
  const administers = isOwner || user.role === 'admin';
  const sections = [
    { id: 'profile', title: 'Profile' },
    { id: 'interests', title: 'My interests' },
    { id: 'working-hours', title: 'Working hours' },
    { id: 'calendar', title: 'Calendar' },
    { id: 'sources', title: 'Sources' },
    { id: 'address-books', title: 'Address books' },
    { id: 'household-page', title: 'Household page' },
    { id: 'digest', title: 'Daily digest' },
    { id: 'keyboard', title: 'Keyboard shortcuts' },
    { id: 'push', title: 'This phone' },
    { id: 'password', title: 'Password' },
    { id: 'sessions', title: 'Sessions' },
    { id: 'tokens', title: 'API tokens' },
    ...(isOwner ? [{ id: 'invites', title: 'Invites' }] : []),
    ...(isOwner ? [{ id: 'password-resets', title: 'Password resets' }] : []),
    { id: 'your-data', title: 'Import and export' },
    { id: 'delete-account', title: 'Delete account' },
  ];
  return (
    <Page title="Settings">
      <nav aria-label="Settings sections" className="toc">
        <ul className="toc-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ProfileSection />
      <InterestsSection />
      <WorkingHoursSection />
      <CalendarSection />
      <SourcesSection />
      <AddressBooksSection />
      <HouseholdLinkSection />
      {administers && (
        <p className="card">
          You administer this Rapport: accounts, invites and its health are on the{' '}
          <Link to="/admin">Administration</Link> page.
        </p>
      )}
      <DigestSection />
      <KeyboardSection />
      <PushDevicesSection />
      <PasswordSection />
      <SessionsSection />
      <TokensSection />
      {isOwner && <InvitesSection />}
      {isOwner && <ResetLinkSection />}
      <YourDataSection />
      <DeleteAccountSection />
    </Page>
  );
}
