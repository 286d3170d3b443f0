import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshLoop } from './loop-cache';
import type { Interaction, InteractionInput } from './people-types';

const interactionPath = (id: string) => `/api/interactions/${encodeURIComponent(id)}`;

/** Logs a new conversation, or with `id` changes one. */
export function useSaveInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string; input: InteractionInput }) => {
      const response = id
        ? await api.patch<{ interaction: Interaction }>(interactionPath(id), input)
        : await api.post<{ interaction: Interaction }>('/api/interactions', input);
      return response.interaction;
    },
    // Not awaited: the dialog closes at once (focus back where it was), then lists refresh.
    onSuccess: () => {
      void refreshLoop(queryClient);
    },
  });
}

export function useDeleteInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(interactionPath(id)),
    onSuccess: () => refreshLoop(queryClient),
  });
}
