import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { DigestSetting, Preferences, UpdateSchedule } from './credit-types';

const preferencesKey = ['preferences'] as const;

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: async () =>
      (await api.get<{ preferences: Preferences }>('/api/me/preferences')).preferences,
  });
}

/** Sets (or with null removes) when the status update is drafted and how it is delivered. */
export function useSaveUpdateSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (updateSchedule: UpdateSchedule | null) =>
      (await api.patch<{ preferences: Preferences }>('/api/me/preferences', { updateSchedule }))
        .preferences,
    onSuccess: (preferences) => queryClient.setQueryData(preferencesKey, preferences),
  });
}

/** Turns the morning digest on or off and sets its local time. */
export function useSaveDigest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (digest: DigestSetting) =>
      (await api.patch<{ preferences: Preferences }>('/api/me/preferences', { digest }))
        .preferences,
    onSuccess: (preferences) => queryClient.setQueryData(preferencesKey, preferences),
  });
}

/** Turns the single-key shortcuts on or off. */
export function useSaveShortcuts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (shortcuts: boolean) =>
      (await api.patch<{ preferences: Preferences }>('/api/me/preferences', { shortcuts }))
        .preferences,
    onSuccess: (preferences) => queryClient.setQueryData(preferencesKey, preferences),
  });
}
