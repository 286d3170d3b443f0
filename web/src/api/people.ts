import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { loopKeys, refreshLoop } from './loop-cache';
import type { Health, Interaction, Person, PersonInput, PersonItem } from './people-types';

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** Everyone; the People page filters and sorts on the client. */
export function usePeople() {
  return useQuery({
    queryKey: loopKeys.people,
    queryFn: async () => (await api.get<{ people: Person[] }>('/api/people')).people,
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
