// Renders the app's PNG icons from the SVG sources in web/public at build time (sharp), so the
// repository holds no generated binaries and a changed SVG changes every size.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

export interface IconSize {
  /** The SVG in web/public to render. */
  source: string;
  /** Where the PNG goes in the built app. */
  file: string;
  size: number;
}

export const ICONS: IconSize[] = [
  { source: 'icon.svg', file: 'icons/icon-192.png', size: 192 },
  { source: 'icon.svg', file: 'icons/icon-512.png', size: 512 },
  { source: 'icon-maskable.svg', file: 'icons/maskable-512.png', size: 512 },
  // iOS ignores the manifest's icons and masks this one itself: full bleed, like the maskable.
  { source: 'icon-maskable.svg', file: 'icons/apple-touch-icon.png', size: 180 },
];

export function pngIcons(publicDir: string): Plugin {
  return {
    name: 'rapport-png-icons',
    apply: 'build',
    async generateBundle() {
      const { default: sharp } = await import('sharp');
      for (const icon of ICONS) {
        const svg = await readFile(new URL(icon.source, publicDir));
        const png = await sharp(svg, { density: 72 * (icon.size / 512) * 4 })
          .resize(icon.size, icon.size)
          .png()
          .toBuffer();
        this.emitFile({ type: 'asset', fileName: icon.file, source: png });
      }
    },
  };
}
