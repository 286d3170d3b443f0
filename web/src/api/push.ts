// Push devices and push preferences. Shapes come from the server's own schemas (type-only).
import type { z } from '@hono/zod-openapi';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { pushSubscriptionInput } from '../../../src/app/push/push-devices';
import type { PushPreferences } from '../../../src/domain/nudges/nudge-timing';
import type { PushDeviceSchema } from '../../../src/http/push/push-routes';
import { api } from './client';

export type PushDevice = z.infer<typeof PushDeviceSchema>;
export type PushSubscriptionBody = z.input<typeof pushSubscriptionInput>;
export type { PushPreferences };

const devicesKey = ['push-devices'] as const;

export function usePushDevices() {
  return useQuery({
    queryKey: devicesKey,
    queryFn: async () =>
      (await api.get<{ devices: PushDevice[] }>('/api/push/subscriptions')).devices,
  });
}

/** Subscribes this browser through its service worker and saves the subscription. */
export function useSubscribeThisBrowser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deviceName: string) => {
      const registration = await serviceWorkerReady();
      const { publicKey } = await api.get<{ publicKey: string }>('/api/push/key');
      const subscription =
        (await registration.pushManager.getSubscription()) ??
        (await registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: fromBase64Url(publicKey),
        }));
      const body: PushSubscriptionBody = {
        ...(subscription.toJSON() as Omit<PushSubscriptionBody, 'deviceName'>),
        deviceName,
      };
      return (await api.post<{ device: PushDevice }>('/api/push/subscriptions', body)).device;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesKey }),
  });
}

export function useTestPush() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ result: 'sent' | 'gone' }>('/api/push/test', { id }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: devicesKey }),
  });
}

export function useRemovePushDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/push/subscriptions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesKey }),
  });
}

export function useSavePushPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (push: PushPreferences) =>
      (await api.patch<{ preferences: unknown }>('/api/me/preferences', { push })).preferences,
    onSuccess: (preferences) => queryClient.setQueryData(['preferences'], preferences),
  });
}

/** Why this browser cannot receive pushes, or null when it can. */
export function pushUnsupported(): string | null {
  if (!('serviceWorker' in navigator) || !('PushManager' in window)) {
    return 'This browser cannot receive pushes. On an iPhone, add Rapport to the Home Screen first.';
  }
  if (!window.isSecureContext) return 'Pushes need the app opened over https.';
  return null;
}

/** The app's service worker (registered at `/`), or a clear error when none runs yet. */
async function serviceWorkerReady(): Promise<ServiceWorkerRegistration> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    throw new Error('Notifications are blocked for this site: allow them in the browser settings.');
  }
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error('The app’s service worker is not running yet: reload and try again.')),
      10_000,
    ),
  );
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
