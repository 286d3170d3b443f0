import { ApiError } from '../api/client';
import { useJoinWorkspace, useTeamInvitePreview } from '../api/team';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { Link, navigate } from '../router';

/** Where a workspace invite link lands (signed-out visitors sign in or sign up first). */
export function TeamJoinPage({ params }: { params: Record<string, string> }) {
  const join = useJoinWorkspace();
  const token = params.token ?? '';
  // Which workspace the link opens, and who sent it; a dead link says so before any click.
  const preview = useTeamInvitePreview(token);
  const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;
  const gone = notFound(join.error) || notFound(preview.error);
  const invite = preview.data;
  return (
    <Page title="Join a workspace">
      <section className="card" aria-labelledby="join-title">
        <h2 id="join-title">
          {invite ? `Join ${invite.workspaceName}` : 'You’re invited to a workspace'}
        </h2>
        {invite?.inviterName && <p className="lead">{invite.inviterName} invited you.</p>}
        <p>
          Joining lets colleagues find you in its directory, pairs you for coffee if you opt in, and
          shows you its water cooler. You choose what your profile shares; your own notes about
          people never enter a workspace.
        </p>
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
            join.mutate(token, {
              onSuccess: (workspace) => navigate(`/team/${workspace.id}/profile?joined=1`),
            });
          }}
        >
          {invite ? `Join ${invite.workspaceName}` : 'Join the workspace'}
        </button>
      </section>
    </Page>
  );
}
