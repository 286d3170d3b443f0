// Builds what `rapport` runs: the server+CLI bundle (esbuild) and the web app (Vite).
// Pure-JS dependencies are bundled in: one file loads far faster than hundreds of modules.
// Native modules, and pg (loaded only for PostgreSQL), stay in node_modules.
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
  external: [
    'better-sqlite3',
    '@node-rs/argon2',
    'pg',
    'pg-native',
    'pg-boss',
    'date-holidays',
    // Password strength dictionaries (megabytes): loaded from node_modules only when a password
    // is set, so start-up never pays for them.
    '@zxcvbn-ts/core',
    '@zxcvbn-ts/language-common',
    '@zxcvbn-ts/language-en',
    'vite',
    'esbuild',
  ],
  // Some bundled CommonJS packages call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __rapportRequire } from 'node:module'; const require = __rapportRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});

if (!serverOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
}

console.log(`built in ${Date.now() - started} ms`);
