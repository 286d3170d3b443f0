import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { StatusUpdate, UpdateChange } from './credit-types';

const updatePath = (id: string) => `/api/updates/${encodeURIComponent(id)}`;

export const updateKeys = {
  list: ['updates', 'list'] as const,
  one: (id: string) => ['updates', 'one', id] as const,
};

/** Drafts and sent updates, newest first. */
export function useUpdates() {
  return useQuery({
    queryKey: updateKeys.list,
    queryFn: async () => (await api.get<{ updates: StatusUpdate[] }>('/api/updates')).updates,
  });
}

export function useUpdate(id: string) {
  return useQuery({
    queryKey: updateKeys.one(id),
    queryFn: async () => (await api.get<{ update: StatusUpdate }>(updatePath(id))).update,
  });
}

/** Keeps the saved update in the cache and marks the history stale. */
function useKeep() {
  const queryClient = useQueryClient();
  return (update: StatusUpdate) => {
    queryClient.setQueryData(updateKeys.one(update.id), update);
    void queryClient.invalidateQueries({ queryKey: updateKeys.list });
  };
}

/** Drafts an update for a week or month from the logs; recipients default to the managers. */
export function useDraftUpdate() {
  const keep = useKeep();
  return useMutation({
    mutationFn: async (body: { period: 'week' | 'month'; which: 'current' | 'previous' }) =>
      (await api.post<{ update: StatusUpdate }>('/api/updates', body)).update,
    onSuccess: keep,
  });
}

/** Saves subject, Markdown and recipients; the answer carries the new HTML and text. */
export function useEditUpdate() {
  const keep = useKeep();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: UpdateChange }) =>
      (await api.patch<{ update: StatusUpdate }>(updatePath(id), change)).update,
    onSuccess: keep,
  });
}

/** Sends by e-mail; a 502 means the mail server failed and the draft was kept. */
export function useSendUpdate() {
  const queryClient = useQueryClient();
  const keep = useKeep();
  return useMutation({
    mutationFn: async ({ id, to }: { id: string; to?: string[] }) =>
      (await api.post<{ update: StatusUpdate }>(`${updatePath(id)}/send`, to ? { to } : {})).update,
    onSuccess: keep,
    // A failed send records its reason on the draft.
    onError: (_, { id }) => {
      void queryClient.invalidateQueries({ queryKey: updateKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: updateKeys.list });
    },
  });
}

export function useDeleteUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(updatePath(id)),
    onSuccess: (_, id) => {
      void queryClient.invalidateQueries({ queryKey: updateKeys.list });
      window.setTimeout(() => queryClient.removeQueries({ queryKey: updateKeys.one(id) }));
    },
  });
}
