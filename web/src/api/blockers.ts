// Blockers and needs: listed in status updates until cleared.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface Blocker {
  id: string;
  text: string;
  personId: string | null;
  person: { id: string; name: string; kind: string } | null;
  since: string;
  resolvedOn: string | null;
  createdAt: string;
}

export interface BlockerInput {
  text: string;
  personId?: string | null;
  since?: string;
}

const openKey = ['blockers', 'open'] as const;

export function useOpenBlockers() {
  return useQuery({
    queryKey: openKey,
    queryFn: async () =>
      (await api.get<{ blockers: Blocker[] }>('/api/blockers?open=true')).blockers,
  });
}

function useBlockerMutation<T>(call: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['blockers'] }),
  });
}

export const useAddBlocker = () =>
  useBlockerMutation(
    async (input: BlockerInput) =>
      (await api.post<{ blocker: Blocker }>('/api/blockers', input)).blocker,
  );

export const useClearBlocker = () =>
  useBlockerMutation((id: string) =>
    api.post<{ blocker: Blocker }>(`/api/blockers/${encodeURIComponent(id)}/resolve`),
  );
