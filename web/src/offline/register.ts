/// <reference types="vite/client" />
// Registers the service worker (production builds only: the dev server has none) and reports a
// new version waiting to take over, so the page can offer to reload into it. Written on the
// browser's own API rather than workbox-window: it is these few lines, and Today's first load
// then carries no library for it (the worker itself is still built by Workbox).

export async function registerServiceWorker(onUpdate: (reload: () => void) => void): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const registration = await container.register('/sw.js');
  const offer = (waiting: ServiceWorker) =>
    onUpdate(() => {
      // Reload once the new worker controls the page, so page and worker are the same version.
      container.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  // A first install has no controller yet: nothing to update from.
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  });
}
