import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isQueued, type Queued, sendOrQueue } from '../offline/send';
import { api } from './client';
import { loopKeys, refreshLoop } from './daily-loop-queries';
import {
  CHANNEL_LABELS,
  type ClosedReply,
  type Interaction,
  type InteractionInput,
  type Person,
} from './people-types';

/** A saved conversation, or one waiting on this device to be sent (offline). */
export type SavedInteraction = (Interaction & { closed?: ClosedReply[] }) | Queued;

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
    }): Promise<SavedInteraction> => {
      if (id) {
        const { closes: _closes, ...changes } = input;
        return (await api.patch<{ interaction: Interaction }>(interactionPath(id), changes))
          .interaction;
      }
      // Names for the pending list, from the people the app already has.
      const people = queryClient.getQueryData<Person[]>(loopKeys.people) ?? [];
      const names = input.personIds.map((id) => people.find((p) => p.id === id)?.name ?? 'someone');
      const response = await sendOrQueue<{ interaction: Interaction; closed: ClosedReply[] }>({
        method: 'POST',
        path: '/api/interactions',
        body: input,
        label: `${CHANNEL_LABELS[input.channel]} with ${names.join(', ')}`,
      });
      if (isQueued(response)) return response;
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
