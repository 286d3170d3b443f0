/// <reference lib="webworker" />
// Rapport's service worker: the app shell from Workbox's precache (so the app opens offline),
// the update handshake, and web push. It caches no API response: the signed-in user's offline
// copy of Today and People is kept by the page itself (web/src/offline/private-cache.ts), in a
// cache named for that user and deleted on sign-out.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { isPagePath } from '../../../src/http/static/page-routes';
import { notificationTarget, parsePush } from './push';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The app's pages (the same list the server answers with index.html) get the precached shell;
// server pages such as a household link or a digest action go to the network as before.
const shell = createHandlerBoundToURL('index.html');
registerRoute(({ request, url }) => {
  if (request.mode !== 'navigate' || url.origin !== self.location.origin) return false;
  try {
    return isPagePath(decodeURIComponent(url.pathname));
  } catch {
    return false;
  }
}, shell);

// The first worker takes the open pages at once, so they work offline without a reload. Later
// versions wait (activate runs for them only after the user chose "Reload", skipWaiting).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page asks a waiting worker to take over when the user accepts the update prompt.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('push', (event) => {
  const push = parsePush(event.data?.text() ?? null);
  event.waitUntil(
    self.registration.showNotification(push.title, {
      body: push.body,
      tag: push.tag,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url: push.url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = notificationTarget(event.notification.data?.url, self.location.origin);
  event.waitUntil(openRapport(target));
});

/** Focuses an open Rapport window and takes it to `path`, or opens one there. */
async function openRapport(path: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    const focused = await open.focus();
    await focused.navigate(path);
    return;
  }
  await self.clients.openWindow(path);
}
