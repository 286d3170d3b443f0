// The secret addresses: the calendar feed and the household page. Replacing one makes the old
// address stop working at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export type SecretLink = 'calendar' | 'home-link';

const linkKey = (which: SecretLink) => ['secret-link', which] as const;

export function useSecretLink(which: SecretLink) {
  return useQuery({
    queryKey: linkKey(which),
    queryFn: async () => (await api.get<{ url: string }>(`/api/${which}`)).url,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRotateSecretLink(which: SecretLink) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.post<{ url: string }>(`/api/${which}/rotate`)).url,
    onSuccess: (url) => queryClient.setQueryData(linkKey(which), url),
  });
}
