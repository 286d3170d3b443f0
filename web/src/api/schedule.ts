import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  OfficePlan,
  PersonWindow,
  Schedule,
  ScheduleChange,
  SlotQuery,
  Slots,
  WorkingNow,
  WorkStatus,
} from './place-types';
import { sessionKey } from './session';
import type { SessionResponse } from './types';

export const placeKeys = {
  schedule: ['schedule'] as const,
  now: ['now'] as const,
  status: ['status'] as const,
  /** Under the person, so the daily loop's refresh covers it. */
  window: (id: string) => ['people', 'one', id, 'window'] as const,
  slots: (query: SlotQuery) => ['slots', query] as const,
  office: (weeks: number) => ['office-plan', weeks] as const,
  trips: ['trips'] as const,
  tripPeople: (id: string) => ['trips', id, 'people'] as const,
  routines: ['routines'] as const,
  occurrences: (from: string, to: string) => ['occurrences', from, to] as const,
};

/** Everything that depends on zones, hours, office days, trips or routines. */
export function refreshPlace(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    ['schedule', 'now', 'status', 'slots', 'office-plan', 'trips', 'occurrences', 'today'].map(
      (root) => queryClient.invalidateQueries({ queryKey: [root] }),
    ),
  );
}

export function useSchedule() {
  return useQuery({
    queryKey: placeKeys.schedule,
    queryFn: async () => (await api.get<{ schedule: Schedule }>('/api/schedule')).schedule,
  });
}

/** Saves zone, hours and office days; the signed-in user takes the new zone and hours. */
export function useSaveSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: ScheduleChange) =>
      (await api.put<{ schedule: Schedule }>('/api/schedule', change)).schedule,
    onSuccess: (schedule) => {
      queryClient.setQueryData(placeKeys.schedule, schedule);
      queryClient.setQueryData(sessionKey, (old: SessionResponse | null | undefined) =>
        old
          ? { ...old, user: { ...old.user, timeZone: schedule.zone, workingHours: schedule.hours } }
          : old,
      );
      void refreshPlace(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

/** Who is within working hours right now; refreshed every minute. */
export function useWorkingNow() {
  return useQuery({
    queryKey: placeKeys.now,
    queryFn: () => api.get<WorkingNow>('/api/now'),
    refetchInterval: 60_000,
  });
}

/** At work or off, for the header; refreshed every minute. */
export function useWorkStatus() {
  return useQuery({
    queryKey: placeKeys.status,
    queryFn: () => api.get<WorkStatus>('/api/status'),
    refetchInterval: 60_000,
  });
}

/** The next time the user and the person are both working, within a week; null: none. */
export function useReachWindow(personId: string) {
  return useQuery({
    queryKey: placeKeys.window(personId),
    queryFn: async () =>
      (await api.get<PersonWindow>(`/api/people/${encodeURIComponent(personId)}/window`)).window,
  });
}

/** Meeting slots for a search; idle until there is one. */
export function useSlots(query: SlotQuery | null) {
  return useQuery({
    queryKey: placeKeys.slots(query ?? { people: [], length: 0, days: 0, inPerson: false }),
    queryFn: () => {
      const params = new URLSearchParams({
        people: query!.people.join(','),
        length: String(query!.length),
        days: String(query!.days),
        inPerson: String(query!.inPerson),
      });
      return api.get<Slots>(`/api/slots?${params}`);
    },
    enabled: query !== null,
  });
}

export function useOfficePlan(weeks: number) {
  return useQuery({
    queryKey: placeKeys.office(weeks),
    queryFn: () => api.get<OfficePlan>(`/api/office/plan?weeks=${weeks}`),
  });
}
