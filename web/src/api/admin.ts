// The owner's and admins' Users page and health report, and Settings' digest line. Shapes come
// from the server's own schemas (type-only imports: nothing of the server ships).
import type { z } from '@hono/zod-openapi';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountChange, AccountRemoval } from '../../../src/app/admin/account-input';
import type { AccountSchema, HealthReportSchema } from '../../../src/http/admin/admin-routes';
import type { DigestStatusSchema } from '../../../src/http/me/digest-routes';
import { api } from './client';

export type Account = z.infer<typeof AccountSchema>;
export type HealthReport = z.infer<typeof HealthReportSchema>;
export type DigestStatus = z.infer<typeof DigestStatusSchema>;

const accountsKey = ['admin', 'users'] as const;
const healthKey = ['admin', 'health'] as const;
const digestKey = ['me', 'digest'] as const;

export function useAccounts() {
  return useQuery({
    queryKey: accountsKey,
    queryFn: async () => (await api.get<{ users: Account[] }>('/api/admin/users')).users,
  });
}

export function useChangeAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: AccountChange }) =>
      api.patch<{ user: Account }>(`/api/admin/users/${encodeURIComponent(id)}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}

export function useRemoveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, removal }: { id: string; removal: AccountRemoval }) =>
      api.delete(`/api/admin/users/${encodeURIComponent(id)}`, removal),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}

export function useAccountResetLink() {
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ url: string; email: string; expiresAt: string }>(
        `/api/admin/users/${encodeURIComponent(id)}/reset-link`,
      ),
  });
}

export function useHealthReport() {
  return useQuery({
    queryKey: healthKey,
    queryFn: () => api.get<HealthReport>('/api/admin/health-report'),
  });
}

export function useDigestStatus() {
  return useQuery({ queryKey: digestKey, queryFn: () => api.get<DigestStatus>('/api/me/digest') });
}

export function useSendDigestNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<{ sent: boolean; message: string; status: DigestStatus }>('/api/me/digest/send'),
    onSuccess: (result) => queryClient.setQueryData(digestKey, result.status),
  });
}
