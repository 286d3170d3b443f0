// Your data from Settings: interests (for conversation starters), and deleting the account.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Preferences } from './credit-types';
import { setupKey, signedOut } from './session';

/** Downloads, same origin with the session cookie; a GET needs no CSRF token. */
export const EXPORT_JSON_URL = '/api/export';
export const EXPORT_VCARD_URL = '/api/export/vcard';

/** Replaces the interests that conversation starters are matched against. */
export function useSaveInterests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (interests: string[]) =>
      (await api.patch<{ preferences: Preferences }>('/api/me/preferences', { interests }))
        .preferences,
    onSuccess: (preferences) => queryClient.setQueryData(['preferences'], preferences),
  });
}

/** Deletes the account after the password is typed again; the session ends with it. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post<unknown>('/api/me/delete', { password }),
    onSuccess: () => {
      signedOut(queryClient);
      // The last account gone, this Rapport may need setting up again.
      void queryClient.invalidateQueries({ queryKey: setupKey });
    },
  });
}
