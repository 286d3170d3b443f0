import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Invite } from './types';

const invitesKey = ['invites'] as const;

export function useInvites() {
  return useQuery({
    queryKey: invitesKey,
    queryFn: async () => (await api.get<{ invites: Invite[] }>('/api/invites')).invites,
  });
}

/** Resolves with the full `/join/<token>` link; the token is not shown again later. */
export function useCreateInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string | null) =>
      api.post<{ invite: Invite; url: string }>('/api/invites', email ? { email } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}

export function useRevokeInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/invites/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}
