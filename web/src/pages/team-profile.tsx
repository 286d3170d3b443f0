import { useState } from 'react';
import { useLeaveWorkspace } from '../api/team';
import { useTeamProfile } from '../api/team-space';
import { ConfirmButton } from '../components/confirm-button';
import { FormError } from '../components/form-messages';
import { SectionCard } from '../components/section-card';
import { Exclusions } from '../components/team/exclusions';
import { PairingPrefs } from '../components/team/pairing-prefs';
import { ProfileForm } from '../components/team/profile-form';
import { WorkspaceFrame } from '../components/team/workspace-frame';
import { navigate, useLocation } from '../router';

/** The member's own side of a workspace: what they share, coffee preferences, leaving. */
export function TeamProfilePage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const { search } = useLocation();
  return (
    <WorkspaceFrame id={id} section="My profile">
      {(workspace) => (
        <>
          {search.get('joined') && (
            <p className="notice-inline" role="status">
              Welcome to {workspace.name}! Choose what your directory entry shares, and whether to
              be paired for coffee.
            </p>
          )}
          <MyProfile workspaceId={id} />
        </>
      )}
    </WorkspaceFrame>
  );
}

function MyProfile({ workspaceId }: { workspaceId: string }) {
  const profile = useTeamProfile(workspaceId);
  if (!profile.data) {
    return profile.isPending ? (
      <p className="hint">Loading…</p>
    ) : (
      <FormError error={profile.error} />
    );
  }
  return (
    <>
      <SectionCard
        id="coffee-prefs"
        title="Coffee pairings"
        intro="Each round pairs you with someone you haven’t met lately, across teams, inside both your working hours."
      >
        <PairingPrefs workspaceId={workspaceId} profile={profile.data} />
      </SectionCard>
      <SectionCard
        id="share"
        title="Your directory entry"
        intro="Nothing is shared until you tick it. Your name is always shown to members."
      >
        <ProfileForm workspaceId={workspaceId} profile={profile.data} />
      </SectionCard>
      <SectionCard
        id="exclusions"
        title="Confidential exclusions"
        intro="Rounds never pair you with the people you tick. Only you see this; they aren’t told."
      >
        <Exclusions workspaceId={workspaceId} profile={profile.data} />
      </SectionCard>
      <SectionCard id="leave" title="Leave the workspace">
        <LeaveButton workspaceId={workspaceId} />
      </SectionCard>
    </>
  );
}

function LeaveButton({ workspaceId }: { workspaceId: string }) {
  const leave = useLeaveWorkspace(workspaceId);
  const [left, setLeft] = useState(false);
  return (
    <>
      <p className="hint">
        Your directory entry, coffee preferences and exclusions are removed. Your own people and
        notes stay in your Rapport.
      </p>
      <ConfirmButton
        label="Leave"
        question="Leave this workspace?"
        confirmLabel="Leave"
        disabled={left}
        onConfirm={() =>
          leave.mutate(undefined, {
            onSuccess: () => {
              setLeft(true);
              navigate('/team');
            },
          })
        }
      />
      <FormError error={leave.error} />
    </>
  );
}
