import { HealthReportView } from '../components/admin/health-report';
import { UsersTable } from '../components/admin/users-table';
import { Page } from '../components/page';
import { SectionCard } from '../components/section-card';
import { InvitesSection } from '../components/settings/invites';
import { useCurrentUser } from '../current-user';

/** The owner's and admins' page: accounts, invites, and whether reminders really go out. */
export function AdminPage() {
  const user = useCurrentUser();
  if (user.role !== 'owner' && user.role !== 'admin') {
    return (
      <Page title="Administration">
        <p>Only the owner and admins of this Rapport can see this page.</p>
      </Page>
    );
  }
  return (
    <Page title="Administration">
      <SectionCard id="privacy" title="What admins never see">
        <p>
          Administering is about accounts only. The people someone keeps, their notes,
          conversations, dates, wins and settings are theirs alone: no admin, and not the owner, can
          read them here or anywhere else in Rapport. This page shows each account’s name, e-mail,
          role, when it was created and last used, and whether it is disabled.
        </p>
      </SectionCard>
      <SectionCard
        id="users"
        title="Users"
        intro="Disabling signs someone out everywhere and stops their API tokens at once; enabling lets them sign in again. Admins manage members; the owner also manages admins; nobody can disable or remove the owner."
      >
        <UsersTable />
      </SectionCard>
      <InvitesSection />
      <SectionCard
        id="health"
        title="Health"
        intro="The same checks as rapport doctor: the database, the mail server, the scheduler and mail waiting to go out."
      >
        <HealthReportView />
      </SectionCard>
    </Page>
  );
}
