import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  Accomplishment,
  AccomplishmentInput,
  Brag,
  FlexEntry,
  FlexInput,
  PeriodQuery,
} from './credit-types';

const accomplishmentPath = (id: string) => `/api/accomplishments/${encodeURIComponent(id)}`;

/** Every cache the logs feed: the log itself, the brag summaries, flexibility, proposal evidence. */
export const creditKeys = {
  accomplishments: ['accomplishments'] as const,
  brag: (query: PeriodQuery) => ['brag', query] as const,
  flex: (from: string, to: string) => ['flex', from, to] as const,
};

function refreshLogs(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    ['accomplishments', 'brag', 'flex', 'proposal-document', 'today'].map((root) =>
      queryClient.invalidateQueries({ queryKey: [root] }),
    ),
  );
}

export function queryString(query: PeriodQuery): string {
  const params = new URLSearchParams('from' in query ? { from: query.from, to: query.to } : query);
  return params.toString();
}

/** The whole log, newest first; the add form takes its past projects from it. */
export function useAccomplishments() {
  return useQuery({
    queryKey: creditKeys.accomplishments,
    queryFn: async () =>
      (await api.get<{ accomplishments: Accomplishment[] }>('/api/accomplishments'))
        .accomplishments,
  });
}

/** The log over a period, counted per project (the server resolves weeks in the user's zone). */
export function useBrag(query: PeriodQuery, enabled = true) {
  return useQuery({
    queryKey: creditKeys.brag(query),
    queryFn: () => api.get<Brag>(`/api/brag?${queryString(query)}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSaveAccomplishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string; input: AccomplishmentInput }) => {
      const response = id
        ? await api.patch<{ accomplishment: Accomplishment }>(accomplishmentPath(id), input)
        : await api.post<{ accomplishment: Accomplishment }>('/api/accomplishments', input);
      return response.accomplishment;
    },
    onSuccess: () => {
      void refreshLogs(queryClient);
    },
  });
}

export function useDeleteAccomplishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(accomplishmentPath(id)),
    onSuccess: () => refreshLogs(queryClient),
  });
}

export function useFlex(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: creditKeys.flex(from, to),
    queryFn: async () =>
      (
        await api.get<{ entries: FlexEntry[] }>(
          `/api/flex?${new URLSearchParams({ from, to }).toString()}`,
        )
      ).entries,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useAddFlex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: FlexInput) =>
      (await api.post<{ entry: FlexEntry }>('/api/flex', input)).entry,
    onSuccess: () => {
      void refreshLogs(queryClient);
    },
  });
}

export function useDeleteFlex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/flex/${encodeURIComponent(id)}`),
    onSuccess: () => refreshLogs(queryClient),
  });
}
