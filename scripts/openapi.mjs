// Writes the OpenAPI document the server serves at /api/openapi.json to a file (default
// dist/openapi.json), for `npm run lint:openapi` and SDK generators. It builds the HTTP app
// without a database: generating the document touches no request handler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = resolve(process.argv[2] ?? 'dist/openapi.json');
const entry = resolve('dist/openapi-document.mjs');
await build({
  stdin: {
    contents: `
      import { createHttpApp } from './src/http/app';
      import { openApiDocument } from './src/http/openapi';
      export const document = openApiDocument(createHttpApp({}, { trustProxy: false }));
    `,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: entry,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { document } = await import(pathToFileURL(entry).href);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`OpenAPI document: ${out} (${Object.keys(document.paths).length} paths)`);
