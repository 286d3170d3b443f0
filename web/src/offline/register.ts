/// <reference types="vite/client" />
// Registers the service worker (production builds only: the dev server has none) and reports a
// new version waiting to take over, so the page can offer to reload into it.
import { Workbox } from 'workbox-window';

export function registerServiceWorker(onUpdate: (reload: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    onUpdate(() => {
      // Reload once the new worker controls the page, so page and worker are the same version.
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
}
