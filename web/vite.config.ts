import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pngIcons } from './icons';

const THEME = '#2c55c8';
const BACKGROUND = '#f5f4f0';

// Paths resolve from this file, so the build works from any working directory
// (scripts/build.mjs runs it from the repository root).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    pngIcons(new URL('./public/', import.meta.url).href),
    // The service worker is our own (web/src/service-worker/sw.ts): Workbox precaches the shell,
    // the worker adds the navigation fallback and the push handlers. The app registers it itself
    // (web/src/offline/register.ts) to show the update prompt.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: [],
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // A big first bundle still has to be there offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Rapport',
        short_name: 'Rapport',
        description: 'Rapport keeps your working relationships alive when you work remotely.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME,
        background_color: BACKGROUND,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:7707' },
  },
});
