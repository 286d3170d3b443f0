import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshPlace } from './schedule';
import { sessionKey } from './session';
import type { ApiToken, SessionResponse, User, WorkingHours } from './types';

export interface ProfileChange {
  name?: string;
  timeZone?: string;
  workingHours?: WorkingHours;
}

/** Saves profile fields; the new user replaces the one in the session everywhere. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ProfileChange) => api.patch<{ user: User }>('/api/me', change),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(sessionKey, (old: SessionResponse | null | undefined) =>
        old ? { ...old, user } : old,
      );
      // A new zone or new hours move every window, slot and status.
      void refreshPlace(queryClient);
    },
  });
}

/** Other sessions are signed out by the server; this one stays. API tokens are listed. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { currentPassword: string; newPassword: string }) =>
      api.post<{ apiTokens: ApiToken[] }>('/api/me/password', change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export interface SessionView {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

const sessionsKey = ['me', 'sessions'] as const;

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: async () => (await api.get<{ sessions: SessionView[] }>('/api/me/sessions')).sessions,
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/me/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Owner only: a one-time link that lets someone set a new password (valid one day). */
export function useCreateResetLink() {
  return useMutation({
    mutationFn: (email: string) =>
      api.post<{ url: string; email: string; expiresAt: string }>('/api/auth/reset-links', {
        email,
      }),
  });
}
