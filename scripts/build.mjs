// Builds what `rapport` runs: the server+CLI bundle (esbuild) and the web app (Vite).
// Dependencies stay external so native modules (better-sqlite3, argon2) load from node_modules.
import { build as esbuild } from 'esbuild';

const serverOnly = process.argv.includes('--server-only');
const started = Date.now();

await esbuild({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

if (!serverOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
}

console.log(`built in ${Date.now() - started} ms`);
