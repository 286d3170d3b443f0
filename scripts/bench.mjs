// `npm run bench -- NAME...`: runs benchmarks from bench/ and writes bench/results/NAME.json.
// Benchmarks are never part of `npm test`: speed is measured here, not asserted in tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

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
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.bench.ts`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
