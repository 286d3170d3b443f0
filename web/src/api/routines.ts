import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Occurrence, Routine, RoutineInput, RoutineMark } from './place-types';
import { placeKeys, refreshPlace } from './schedule';

function refreshRoutines(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: placeKeys.routines }),
    refreshPlace(queryClient),
  ]);
}

/** Office visits, household routines, agreements and date nights, all kinds together. */
export function useRoutines() {
  return useQuery({
    queryKey: placeKeys.routines,
    queryFn: async () => (await api.get<{ routines: Routine[] }>('/api/routines')).routines,
  });
}

/** When routines happen between two dates (both inclusive, the user's calendar). */
export function useOccurrences(from: string, to: string) {
  return useQuery({
    queryKey: placeKeys.occurrences(from, to),
    queryFn: async () =>
      (
        await api.get<{ occurrences: Occurrence[] }>(
          `/api/routines/occurrences?${new URLSearchParams({ from, to })}`,
        )
      ).occurrences,
    placeholderData: keepPreviousData,
  });
}

/** A 400 carries the server's reading of the rule ("I can't read …; try …"). */
export function useAddRoutine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RoutineInput) =>
      (await api.post<{ routine: Routine }>('/api/routines', input)).routine,
    onSuccess: () => {
      void refreshRoutines(queryClient);
    },
  });
}

export function useDeleteRoutine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/routines/${encodeURIComponent(id)}`),
    onSuccess: () => refreshRoutines(queryClient),
  });
}

/** Marks this occurrence of a routine (the next one not yet marked, today included). */
export function useMarkRoutine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'done' | 'skipped' }) =>
      api.post<RoutineMark>(
        `/api/routines/${encodeURIComponent(id)}/${status === 'done' ? 'done' : 'skip'}`,
        {},
      ),
    onSuccess: () => refreshRoutines(queryClient),
  });
}
