// Workspaces: the list, one workspace's settings, invites, members and Slack (admins).
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from './client';
import { sessionKey } from './session';
import type {
  Delivery,
  FormedRound,
  PairingSettings,
  SlackSettings,
  TeamInvite,
  TeamInvitePreview,
  Workspace,
  WorkspaceSummary,
} from './team-types';
import type { NewAccount, SessionResponse } from './types';

export const teamKeys = {
  all: ['team'] as const,
  list: ['team', 'list'] as const,
  workspace: (id: string) => ['team', 'one', id] as const,
  part: (id: string, part: string) => ['team', 'one', id, part] as const,
};

export const workspacePath = (id: string, rest = '') =>
  `/api/workspaces/${encodeURIComponent(id)}${rest}`;

/** After any team write: every team view refetches (they are small and few). */
export function refreshTeam(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: teamKeys.all });
}

export function useWorkspaces() {
  return useQuery({
    queryKey: teamKeys.list,
    queryFn: async () =>
      (await api.get<{ workspaces: WorkspaceSummary[] }>('/api/workspaces')).workspaces,
  });
}

export function useWorkspace(id: string) {
  return useQuery({
    queryKey: teamKeys.workspace(id),
    queryFn: async () => (await api.get<{ workspace: Workspace }>(workspacePath(id))).workspace,
  });
}

/** Which workspace an invite link opens and who sent it; a dead link is a 404, not retried. */
export function useTeamInvitePreview(token: string) {
  return useQuery({
    queryKey: ['team', 'invite', token],
    queryFn: async () =>
      (
        await api.get<{ invite: TeamInvitePreview }>(
          `/api/invites/team/${encodeURIComponent(token)}`,
        )
      ).invite,
    retry: false,
  });
}

function useTeamMutation<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => refreshTeam(queryClient) });
}

export function useCreateWorkspace() {
  return useTeamMutation(
    async (name: string) =>
      (await api.post<{ workspace: Workspace }>('/api/workspaces', { name })).workspace,
  );
}

export function useJoinWorkspace() {
  return useTeamMutation(
    async (token: string) =>
      (await api.post<{ workspace: Workspace }>('/api/workspaces/join', { token })).workspace,
  );
}

export function useUpdateWorkspace(id: string) {
  return useTeamMutation(
    async (changes: { name?: string; pairing?: Partial<PairingSettings> }) =>
      (await api.patch<{ workspace: Workspace }>(workspacePath(id), changes)).workspace,
  );
}

export function useDeleteWorkspace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(workspacePath(id)),
    // Not refetched: the workspace is gone and its page is closing.
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: teamKeys.workspace(id) });
      return queryClient.invalidateQueries({ queryKey: teamKeys.list });
    },
  });
}

export function useLeaveWorkspace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>(workspacePath(id, '/leave')),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: teamKeys.workspace(id) });
      return queryClient.invalidateQueries({ queryKey: teamKeys.list });
    },
  });
}

export function useCreateTeamInvite(id: string) {
  return useMutation({
    mutationFn: ({ email, newcomer }: { email: string | null; newcomer?: boolean }) =>
      api.post<TeamInvite>(workspacePath(id, '/invites'), {
        ...(email && { email }),
        ...(newcomer !== undefined && { newcomer }),
      }),
  });
}

export function useRemoveMember(id: string) {
  return useTeamMutation((userId: string) =>
    api.delete(workspacePath(id, `/members/${encodeURIComponent(userId)}`)),
  );
}

export function useSetMemberRole(id: string) {
  return useTeamMutation(({ userId, role }: { userId: string; role: 'admin' | 'member' }) =>
    api.patch(workspacePath(id, `/members/${encodeURIComponent(userId)}`), { role }),
  );
}

export function useSetSlack(id: string) {
  return useTeamMutation(
    async (settings: SlackSettings) =>
      (await api.put<{ workspace: Workspace }>(workspacePath(id, '/slack'), settings)).workspace,
  );
}

/** Forms a round now (or only shows it, `dryRun`) and says how it was delivered. */
export function useStartRound(id: string) {
  return useTeamMutation((dryRun: boolean) =>
    api.post<{ round: FormedRound; delivery: Delivery }>(workspacePath(id, '/rounds'), {
      dryRun,
    }),
  );
}

/** A mailed invite seen signed out: the workspace, who invited, and the address it is for. */
export function useTeamInviteForSignup(token: string, enabled: boolean) {
  return useQuery({
    queryKey: ['team', 'invite-signup', token],
    queryFn: async () =>
      (
        await api.get<{
          invite: TeamInvitePreview & { email: string | null; canCreateAccount: boolean };
        }>(`/api/auth/team-invite?token=${encodeURIComponent(token)}`)
      ).invite,
    enabled,
    retry: false,
  });
}

/**
 * Creates the account and joins the invite's workspace in one step; the new session starts.
 * `onJoined` runs first (e.g. to move to the workspace): the page that asked is replaced as soon
 * as the session exists, so a callback of its own would never run.
 */
export function useTeamSignUp(token: string, onJoined: (workspaceId: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: NewAccount) =>
      api.post<SessionResponse & { workspace: { id: string; name: string } }>(
        '/api/auth/team-signup',
        { ...account, token },
      ),
    onSuccess: ({ workspace, ...session }) => {
      onJoined(workspace.id);
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
      return refreshTeam(queryClient);
    },
  });
}
