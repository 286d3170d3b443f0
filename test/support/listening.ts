// An app of this process listening on a free loopback port as `rapport serve` listens
// (http/framed-response serveHttp): for tests that read what crosses the wire.
import type { AddressInfo } from 'node:net';
import { serveHttp } from '../../src/http/framed-response';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listening(app: { fetch(request: Request): Response | Promise<Response> }) {
  const server = serveHttp(app.fetch, 0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies Listening;
}
