import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** A connected CardDAV address book; the password is never sent back. */
export interface AddressBookAccount {
  id: string;
  url: string;
  user: string;
  book: string;
  pushNew: boolean;
  paused: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
  conflicts: number;
}

export interface AddAddressBook {
  url: string;
  user: string;
  password: string;
  book?: string;
  pushNew: boolean;
}

const key = ['contacts-sync'] as const;

export function useAddressBooks() {
  return useQuery({
    queryKey: key,
    queryFn: async () =>
      (await api.get<{ accounts: AddressBookAccount[] }>('/api/contacts-sync')).accounts,
  });
}

function useAccountMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useAddAddressBook = () =>
  useAccountMutation((input: AddAddressBook) => api.post('/api/contacts-sync', input));

export const useSyncAddressBook = () =>
  useAccountMutation((id: string) =>
    api.post(`/api/contacts-sync/${encodeURIComponent(id)}/sync`, {}),
  );

export const usePauseAddressBook = () =>
  useAccountMutation(({ id, paused }: { id: string; paused: boolean }) =>
    api.patch(`/api/contacts-sync/${encodeURIComponent(id)}`, { paused }),
  );

export const useRemoveAddressBook = () =>
  useAccountMutation((id: string) => api.delete(`/api/contacts-sync/${encodeURIComponent(id)}`));
