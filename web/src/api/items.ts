import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isQueued, sendOrQueue } from '../offline/send';
import { api } from './client';
import { refreshLoop } from './daily-loop-queries';
import type { EventKind, FavorKind, PersonItem } from './people-types';

/** The body for each kind of open item; each type has its own endpoint. */
export type NewItem =
  | { type: 'reply'; personId: string; text: string; since?: string }
  | { type: 'promise'; personId: string; text: string; due: string }
  | {
      type: 'favor';
      personId: string;
      direction: 'gave' | 'got';
      kind: FavorKind;
      text?: string;
      on?: string;
    }
  | {
      type: 'event';
      personId: string;
      kind: EventKind;
      text?: string;
      on?: string;
      congratulated?: boolean;
    };

const ENDPOINTS: Record<NewItem['type'], string> = {
  reply: '/api/replies',
  promise: '/api/promises',
  favor: '/api/favors',
  event: '/api/events',
};

const itemPath = (id: string) => `/api/items/${encodeURIComponent(id)}`;

export function useAddItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ type, ...body }: NewItem) =>
      (await api.post<{ item: PersonItem }>(ENDPOINTS[type], body)).item,
    onSuccess: () => refreshLoop(queryClient),
  });
}

/** Marks an item done; offline it waits on this device (`queued`) and is sent later. */
export function useMarkDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, label }: { id: string; label: string }) => {
      const sent = await sendOrQueue<{ item: PersonItem }>({
        method: 'POST',
        path: `${itemPath(id)}/done`,
        label,
      });
      return isQueued(sent) ? sent : sent.item;
    },
    onSuccess: () => refreshLoop(queryClient),
  });
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(itemPath(id)),
    onSuccess: () => refreshLoop(queryClient),
  });
}
