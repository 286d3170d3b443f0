import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Proposal, ProposalAnswers, ProposalDecision, ProposalDocument } from './credit-types';

const proposalKey = ['proposal'] as const;
const documentKey = ['proposal-document'] as const;

/** The saved answers and decision; null before the first save. */
export function useProposal() {
  return useQuery({
    queryKey: proposalKey,
    queryFn: async () => (await api.get<{ proposal: Proposal | null }>('/api/proposal')).proposal,
  });
}

/** The proposal written out from the saved answers and the logs. */
export function useProposalDocument(enabled: boolean) {
  return useQuery({
    queryKey: documentKey,
    queryFn: () => api.get<ProposalDocument>('/api/proposal/document'),
    enabled,
  });
}

function useKeep() {
  const queryClient = useQueryClient();
  return ({ proposal }: { proposal: Proposal | null }) => {
    queryClient.setQueryData(proposalKey, proposal);
    return queryClient.invalidateQueries({ queryKey: documentKey });
  };
}

export function useSaveProposal() {
  const keep = useKeep();
  return useMutation({
    mutationFn: (answers: ProposalAnswers) =>
      api.put<{ proposal: Proposal | null }>('/api/proposal', answers),
    onSuccess: keep,
  });
}

/** Records the answer; "not now" needs the date to bring it up again (shown on Today). */
export function useDecideProposal() {
  const queryClient = useQueryClient();
  const keep = useKeep();
  return useMutation({
    mutationFn: (body: { decision: ProposalDecision; revisitOn?: string }) =>
      api.post<{ proposal: Proposal | null }>('/api/proposal/decision', body),
    onSuccess: (response) => {
      void queryClient.invalidateQueries({ queryKey: ['today'] });
      return keep(response);
    },
  });
}
