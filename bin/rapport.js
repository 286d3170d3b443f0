#!/usr/bin/env node
// The `rapport` command: runs the bundled CLI built by `npm run build`. A server is started
// with `node --max-semi-space-size=32 bin/rapport.js serve` (Dockerfile, deploy/rapport.service,
// npm start): V8 takes heap sizes only at start, and with its default 16 MB young generation the
// scavenges of what the server keeps rebuilt after each write made the mixed load's p99.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('rapport: not built yet; run `npm run build` (or `npm start`) first\n');
  process.exit(1);
}
await import(bundle.href);
