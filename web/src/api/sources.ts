// Capture from the web app: sources (Settings), the "Rapport noticed" inbox and people to add
// (Today). A write that logs conversations refreshes the whole daily loop.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaptureSuggestion,
  Noticed,
  Source,
  SourceChanges,
  SourceInput,
  SourceTest,
  SyncReport,
} from './capture-types';
import { api } from './client';
import { refreshLoop } from './daily-loop-queries';

export const captureKeys = {
  sources: ['sources'] as const,
  noticed: ['noticed'] as const,
  suggestions: ['capture-suggestions'] as const,
};

const sourcePath = (id: string) => `/api/sources/${encodeURIComponent(id)}`;

export function useSources() {
  return useQuery({
    queryKey: captureKeys.sources,
    queryFn: async () => (await api.get<{ sources: Source[] }>('/api/sources')).sources,
  });
}

/** Everything a sync or a removal can change: sources, the inbox, Today, people. */
function useRefreshCapture() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: captureKeys.sources }),
      queryClient.invalidateQueries({ queryKey: captureKeys.noticed }),
      queryClient.invalidateQueries({ queryKey: captureKeys.suggestions }),
      refreshLoop(queryClient),
    ]);
}

export function useAddSource() {
  const refresh = useRefreshCapture();
  return useMutation({
    mutationFn: async (input: SourceInput) =>
      (await api.post<{ source: Source }>('/api/sources', input)).source,
    onSuccess: refresh,
  });
}

/** Checks a connection (and lists CalDAV calendars) without saving anything. */
export function useTestSource() {
  return useMutation({
    mutationFn: (input: SourceInput) => api.post<SourceTest>('/api/sources/test', input),
  });
}

export function useChangeSource(id: string) {
  const refresh = useRefreshCapture();
  return useMutation({
    mutationFn: async (changes: SourceChanges) =>
      (await api.patch<{ source: Source }>(sourcePath(id), changes)).source,
    onSuccess: refresh,
  });
}

export function useSyncSource(id: string) {
  const refresh = useRefreshCapture();
  return useMutation({
    mutationFn: () => api.post<SyncReport>(`${sourcePath(id)}/sync`),
    onSettled: refresh,
  });
}

export function useRemoveSource(id: string) {
  const refresh = useRefreshCapture();
  return useMutation({
    mutationFn: (removeCaptured: boolean) =>
      api.delete<{ removed: number }>(`${sourcePath(id)}?removeCaptured=${removeCaptured}`),
    onSuccess: refresh,
  });
}

export function useNoticed() {
  return useQuery({
    queryKey: captureKeys.noticed,
    queryFn: async () => (await api.get<{ noticed: Noticed[] }>('/api/noticed')).noticed,
  });
}

const noticedPath = (id: string, action: string) =>
  `/api/noticed/${encodeURIComponent(id)}/${action}`;

/** Accept, ignore, accept all, or "never from this person": each refreshes Today. */
export function useNoticedActions() {
  const refresh = useRefreshCapture();
  const options = { onSuccess: refresh };
  return {
    accept: useMutation({
      mutationFn: (id: string) => api.post<{ interactionId: string }>(noticedPath(id, 'accept')),
      ...options,
    }),
    ignore: useMutation({
      mutationFn: (id: string) => api.post(noticedPath(id, 'ignore')),
      ...options,
    }),
    acceptAll: useMutation({
      mutationFn: () => api.post<{ accepted: number }>('/api/noticed/accept-all'),
      ...options,
    }),
    never: useMutation({
      mutationFn: (personId: string) => api.post('/api/noticed/never', { personId }),
      ...options,
    }),
  };
}

export function useCaptureSuggestions() {
  return useQuery({
    queryKey: captureKeys.suggestions,
    queryFn: async () =>
      (await api.get<{ suggestions: CaptureSuggestion[] }>('/api/capture-suggestions')).suggestions,
  });
}

const suggestionPath = (id: string, action: string) =>
  `/api/capture-suggestions/${encodeURIComponent(id)}/${action}`;

export function useSuggestionActions() {
  const refresh = useRefreshCapture();
  return {
    add: useMutation({
      mutationFn: async (id: string) =>
        (await api.post<{ person: { id: string; name: string } }>(suggestionPath(id, 'add')))
          .person,
      onSuccess: refresh,
    }),
    dismiss: useMutation({
      mutationFn: (id: string) => api.post(suggestionPath(id, 'dismiss')),
      onSuccess: refresh,
    }),
  };
}
