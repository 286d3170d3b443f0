import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendOrQueue } from '../offline/send';
import { api } from './client';
import { loopKeys, refreshLoop } from './daily-loop-queries';
import type {
  BulkChange,
  Health,
  Interaction,
  Person,
  PersonInput,
  PersonItem,
} from './people-types';

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** Everyone; the People page filters and sorts on the client. */
export function usePeople() {
  return useQuery({
    queryKey: loopKeys.people,
    queryFn: async () => (await api.get<{ people: Person[] }>('/api/people')).people,
  });
}

/** The people archived by hand or by the address-book sync (left out of `usePeople`). */
export function useArchivedPeople() {
  return useQuery({
    queryKey: loopKeys.archivedPeople,
    queryFn: async () => (await api.get<{ people: Person[] }>('/api/people?archived=true')).people,
  });
}

/** Archives a person (off the lists, Today and search, all kept) or restores them. */
export function useArchivePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, archive }: { id: string; archive: boolean }) =>
      (
        await api.post<{ person: Person }>(
          `${personPath(id)}/${archive ? 'archive' : 'restore'}`,
          {},
        )
      ).person,
    onSuccess: (person) => {
      queryClient.setQueryData(loopKeys.person(person.id), person);
      return refreshLoop(queryClient);
    },
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: loopKeys.person(id),
    queryFn: async () => (await api.get<{ person: Person }>(personPath(id))).person,
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: loopKeys.timeline(id),
    queryFn: () =>
      api.get<{ interactions: Interaction[]; items: PersonItem[] }>(`${personPath(id)}/timeline`),
  });
}

export function useHealth(id: string) {
  return useQuery({
    queryKey: loopKeys.health(id),
    queryFn: async () => (await api.get<{ health: Health }>(`${personPath(id)}/health`)).health,
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PersonInput) =>
      (await api.post<{ person: Person }>('/api/people', input)).person,
    onSuccess: () => refreshLoop(queryClient),
  });
}

/** Any change: fields, `paused`, `snoozedUntil`, `facts` (replaces the list). */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: PersonInput }) =>
      (await api.patch<{ person: Person }>(personPath(id), change)).person,
    onSuccess: (person) => {
      queryClient.setQueryData(loopKeys.person(person.id), person);
      return refreshLoop(queryClient);
    },
  });
}

/** Snoozes someone until a date; offline it waits on this device and is sent later. */
export function useSnoozePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ person, until }: { person: { id: string; name: string }; until: string }) =>
      sendOrQueue<{ person: Person }>({
        method: 'PATCH',
        path: personPath(person.id),
        body: { snoozedUntil: until },
        label: `Snooze ${person.name} until ${until}`,
      }),
    onSuccess: () => refreshLoop(queryClient),
  });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(personPath(id)),
    onSuccess: (_, id) => {
      void refreshLoop(queryClient, { except: id });
      // Once the page that showed them has closed (the caller navigates away).
      window.setTimeout(() => queryClient.removeQueries({ queryKey: loopKeys.person(id) }));
    },
  });
}

/** One change to many people, or removing them; all or nothing. */
export function useBulkPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: BulkChange) =>
      api.post<{ changed: number; deleted: number; ids: string[] }>('/api/people/bulk', change),
    onSuccess: (result) => {
      if (result.deleted > 0) {
        for (const id of result.ids) queryClient.removeQueries({ queryKey: loopKeys.person(id) });
      }
      return refreshLoop(queryClient);
    },
  });
}

/** Open replies owed, to show as "This answers: …" when a conversation is logged. */
export function useOpenReplies(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'open-replies'],
    queryFn: async () =>
      (await api.get<{ items: PersonItem[] }>('/api/items?type=reply&open=true')).items,
    enabled,
  });
}

/** Merges `from` into `into`: history, items, facts and dates move; `from` is removed. */
export function useMergePeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ from, into }: { from: string; into: string }) =>
      (await api.post<{ person: Person }>('/api/people/merge', { from, into })).person,
    onSuccess: (_person, { from }) => {
      void refreshLoop(queryClient, { except: from });
      window.setTimeout(() => queryClient.removeQueries({ queryKey: loopKeys.person(from) }));
    },
  });
}
