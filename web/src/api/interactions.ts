import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshLoop } from './loop-cache';
import type { ClosedReply, Interaction, InteractionInput } from './people-types';

const interactionPath = (id: string) => `/api/interactions/${encodeURIComponent(id)}`;

/** Logs a new conversation (with the replies owed it closed), or with `id` changes one. */
export function useSaveInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      input,
    }: {
      id?: string;
      input: InteractionInput;
    }): Promise<Interaction & { closed?: ClosedReply[] }> => {
      if (id) {
        const { closes: _closes, ...changes } = input;
        return (await api.patch<{ interaction: Interaction }>(interactionPath(id), changes))
          .interaction;
      }
      const response = await api.post<{ interaction: Interaction; closed: ClosedReply[] }>(
        '/api/interactions',
        input,
      );
      return { ...response.interaction, closed: response.closed };
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
