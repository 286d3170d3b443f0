import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshPlace } from './schedule';
import { sessionKey } from './session';
import type { SessionResponse, User, WorkingHours } from './types';

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

/** Other sessions are signed out by the server; this one stays. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (change: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/me/password', change),
  });
}
