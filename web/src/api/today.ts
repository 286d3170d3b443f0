import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { loopKeys, refreshLoop } from './daily-loop-queries';
import type { SearchResult, WeekSummary } from './people-types';
import type { TodayCards } from './today-types';

export const todayQuery = {
  queryKey: loopKeys.today,
  queryFn: () => api.get<TodayCards>('/api/today?days=7'),
};

export function useToday() {
  return useQuery(todayQuery);
}

export function useWeek() {
  return useQuery({
    queryKey: loopKeys.week,
    queryFn: async () => (await api.get<{ week: WeekSummary }>('/api/week')).week,
  });
}

/** Sets how many cards Today shows (3–30); Today refetches. */
export function useSetTodayLimit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (todayLimit: number) => api.patch('/api/me/preferences', { todayLimit }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: loopKeys.today }),
        queryClient.invalidateQueries({ queryKey: ['preferences'] }),
      ]),
  });
}

/** Full-text search over people and notes; idle below two characters. */
export function useSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: loopKeys.search(query),
    queryFn: async () =>
      (await api.get<{ results: SearchResult[] }>(`/api/search?q=${encodeURIComponent(query)}`))
        .results,
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Marks a first hello on Today done (said hello) or dismissed; Today refetches. */
export function useMarkWelcome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'done' | 'dismiss') =>
      api.post(`/api/welcomes/${encodeURIComponent(id)}/${action}`),
    onSuccess: () => refreshLoop(queryClient),
  });
}
