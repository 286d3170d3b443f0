import { useDeleteWorkspace } from '../api/team';
import type { Workspace } from '../api/team-types';
import { ConfirmButton } from '../components/confirm-button';
import { FormError } from '../components/form-messages';
import { SectionCard } from '../components/section-card';
import { InviteForm } from '../components/team/invite-card';
import { MembersTable } from '../components/team/members-table';
import { PairingSettingsForm } from '../components/team/pairing-settings';
import { PromptAdmin } from '../components/team/prompt-admin';
import { RoundRunner } from '../components/team/round-runner';
import { SlackForm } from '../components/team/slack-form';
import { WorkspaceFrame } from '../components/team/workspace-frame';
import { Link, navigate } from '../router';

/** Running a workspace (admins): invites, members, coffee rounds, prompts, Slack. */
export function TeamAdminPage({ params }: { params: Record<string, string> }) {
  return (
    <WorkspaceFrame id={params.id ?? ''} section="Admin">
      {(workspace) =>
        workspace.role === 'admin' ? (
          <Admin workspace={workspace} />
        ) : (
          <p>
            Only the workspace’s admins run it.{' '}
            <Link to={`/team/${workspace.id}`}>Back to the workspace</Link>.
          </p>
        )
      }
    </WorkspaceFrame>
  );
}

function Admin({ workspace }: { workspace: Workspace }) {
  const id = workspace.id;
  return (
    <>
      <SectionCard
        id="invite"
        title="Invite colleagues"
        intro="They need an account on this Rapport."
      >
        <InviteForm workspaceId={id} />
      </SectionCard>
      <SectionCard
        id="round"
        title="Coffee round"
        intro="Pairs who haven’t met lately, across teams, inside shared working hours; odd counts make one trio."
      >
        <RoundRunner workspaceId={id} />
      </SectionCard>
      <SectionCard id="settings" title="Settings">
        <PairingSettingsForm workspace={workspace} />
      </SectionCard>
      <SectionCard
        id="members"
        title="Members"
        intro="Admins see names and roles only, never what members keep private."
      >
        <MembersTable workspaceId={id} />
      </SectionCard>
      <SectionCard id="prompts" title="Water-cooler prompts">
        <PromptAdmin workspaceId={id} />
      </SectionCard>
      <SectionCard id="slack" title="Slack">
        <SlackForm workspace={workspace} />
      </SectionCard>
      <SectionCard id="delete" title="Delete the workspace">
        <DeleteWorkspace workspace={workspace} />
      </SectionCard>
    </>
  );
}

function DeleteWorkspace({ workspace }: { workspace: Workspace }) {
  const remove = useDeleteWorkspace(workspace.id);
  return (
    <>
      <p className="hint">
        The directory, rounds and answers go for everyone. Members’ own Rapport data stays theirs.
      </p>
      <ConfirmButton
        label="Delete workspace"
        question={`Delete ${workspace.name} for all ${workspace.memberCount} members?`}
        confirmLabel="Delete"
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate('/team') })}
      />
      <FormError error={remove.error} />
    </>
  );
}
