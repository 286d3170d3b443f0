// A yearly date's occurrence marked done (greeted) or skipped for this year: Today's date lines.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshLoop } from './daily-loop-queries';

export function useHandleDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'done' | 'skip' }) =>
      api.post(`/api/dates/${encodeURIComponent(id)}/${action}`),
    onSuccess: () => refreshLoop(queryClient),
  });
}
