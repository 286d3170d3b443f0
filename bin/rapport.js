#!/usr/bin/env node
// The `rapport` command: runs the bundled CLI built by `npm run build`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('rapport: not built yet; run `npm run build` (or `npm start`) first\n');
  process.exit(1);
}
await import(bundle.href);
