// `npm run bench -- NAME...`: runs benchmarks from bench/ and writes bench/results/NAME.json.
// Each benchmark is bundled the way the server is (esbuild, no name-keeping wrappers) and run
// with the server's V8 flags, so it measures the code that ships as it runs. Benchmarks are
// never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const available = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : available;
const unknown = names.filter((n) => !available.includes(n));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${available.join(', ')})`);
  process.exit(2);
}
for (const name of names) {
  console.log(`::: bench ${name}`);
  const outfile = `dist/bench/${name}.mjs`;
  await build({
    entryPoints: [`bench/${name}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  // With the V8 flag Rapport's servers run with (npm start, the Dockerfile, the systemd unit):
  // the in-process benchmarks (Today, import) measure the server's work as it runs there.
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=32', outfile], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
