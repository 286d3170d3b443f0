import { useContext } from 'react';
import { ApiError } from '../api/client';
import {
  useJoinWorkspace,
  useTeamInviteForSignup,
  useTeamInvitePreview,
  useTeamSignUp,
} from '../api/team';
import { AccountForm } from '../components/account-form';
import { AuthCard } from '../components/auth-card';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { CurrentUserContext } from '../current-user';
import { Link, navigate } from '../router';

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
const joinedPath = (workspaceId: string) => `/team/${workspaceId}/profile?joined=1`;

/**
 * Where a workspace invite link lands. Signed in: join. Signed out: create the account and join
 * in one step (the invite is the permission), or sign in and come back.
 */
export function TeamJoinPage({ params }: { params: Record<string, string> }) {
  const user = useContext(CurrentUserContext);
  const token = params.token ?? '';
  return user ? <JoinAsMember token={token} /> : <CreateAccountAndJoin token={token} />;
}

function JoinAsMember({ token }: { token: string }) {
  const join = useJoinWorkspace();
  // Which workspace the link opens, and who sent it; a dead link says so before any click.
  const preview = useTeamInvitePreview(token);
  const gone = isNotFound(join.error) || isNotFound(preview.error);
  const invite = preview.data;
  return (
    <Page title="Join a workspace">
      <section className="card" aria-labelledby="join-title">
        <h2 id="join-title">
          {invite ? `Join ${invite.workspaceName}` : 'You’re invited to a workspace'}
        </h2>
        {invite?.inviterName && <p className="lead">{invite.inviterName} invited you.</p>}
        <WhatJoiningMeans />
        {gone ? (
          <p role="alert">
            This invite link has expired, was already used, or is for someone else. Ask for a new
            one. <Link to="/team">Go to Team</Link>.
          </p>
        ) : (
          <FormError error={join.error} />
        )}
        <button
          type="button"
          className="primary"
          aria-disabled={join.isPending || gone}
          onClick={() => {
            if (join.isPending || gone) return;
            join.mutate(token, { onSuccess: (workspace) => navigate(joinedPath(workspace.id)) });
          }}
        >
          {invite ? `Join ${invite.workspaceName}` : 'Join the workspace'}
        </button>
      </section>
    </Page>
  );
}

function CreateAccountAndJoin({ token }: { token: string }) {
  const preview = useTeamInviteForSignup(token, true);
  const signUp = useTeamSignUp(token, (workspaceId) => navigate(joinedPath(workspaceId)));
  const invite = preview.data;
  const signIn = `/signin?next=${encodeURIComponent(`/team/join/${token}`)}`;
  const title = invite ? `Join ${invite.workspaceName}` : 'Join a workspace';
  return (
    <AuthCard
      title={title}
      intro={
        invite
          ? `${invite.inviterName || 'A colleague'} invited you to ${invite.workspaceName} on Rapport.`
          : undefined
      }
    >
      {preview.isPending && <p role="status">Loading the invite…</p>}
      {isNotFound(preview.error) && (
        <p role="alert">
          This invite link has expired or was already used. Ask for a new one, or sign in if you
          already have an account here.
        </p>
      )}
      {invite && !invite.canCreateAccount && (
        <p role="alert">
          This link is for people who already have an account here. Sign in, and it joins you.
        </p>
      )}
      {invite?.canCreateAccount && (
        <>
          <WhatJoiningMeans />
          <h2>Create your account</h2>
          <AccountForm
            initialEmail={invite.email ?? ''}
            submitLabel={`Create account and join ${invite.workspaceName}`}
            pending={signUp.isPending}
            error={signUp.error}
            onSubmit={(account) => signUp.mutate(account)}
          />
        </>
      )}
      <p className="aside">
        Already have an account? <Link to={signIn}>Sign in</Link> and this link joins you.
      </p>
    </AuthCard>
  );
}

function WhatJoiningMeans() {
  return (
    <p>
      Joining lets colleagues find you in its directory and shows you its water cooler; coffee
      pairing waits until you say yes. You choose what your profile shares; your own notes about
      people never enter a workspace.
    </p>
  );
}
