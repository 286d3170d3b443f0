// Node's response for Rapport's server: the headers of a request's frame (its request id, the
// security headers, HSTS), known before the answer is, join the answer's own in its head, in the
// one `writeHead` the Hono adapter makes. Set with Node's `setHeader` instead, each went into the
// response's own header store first, and their presence sent the adapter's `writeHead` down
// Node's "progressive headers" path, which moves every header of the answer through `setHeader`
// again: six headers cost a sixth of a GET /api/me's CPU time (36 → 30 µs per request, measured
// with and without them in bench/http.bench.ts `cpu`). A header the answer sets itself wins, as
// with `setHeader`.
import {
  type IncomingMessage,
  type OutgoingHttpHeader,
  type OutgoingHttpHeaders,
  ServerResponse,
} from 'node:http';
import { type ServerType, serve } from '@hono/node-server';

type HeadArgument = OutgoingHttpHeaders | OutgoingHttpHeader[];

export class FramedResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  #frame: [string, string][] | undefined;

  /** Sends this header with the answer unless the answer has one of that name. */
  frameHeader(name: string, value: string) {
    this.#frame ??= [];
    this.#frame.push([name, value]);
  }

  override writeHead(
    statusCode: number,
    reasonOrHeaders?: string | HeadArgument,
    headers?: HeadArgument,
  ): this {
    const frame = this.#frame;
    this.#frame = undefined;
    const given = typeof reasonOrHeaders === 'string' ? headers : reasonOrHeaders;
    if (frame && given && !Array.isArray(given)) {
      const merged = withFrame(frame, given);
      return typeof reasonOrHeaders === 'string'
        ? super.writeHead(statusCode, reasonOrHeaders, merged)
        : super.writeHead(statusCode, merged);
    }
    // Any other form (no headers, or a raw list): through Node's own store.
    if (frame)
      for (const [name, value] of frame) if (!this.hasHeader(name)) this.setHeader(name, value);
    return typeof reasonOrHeaders === 'string'
      ? super.writeHead(statusCode, reasonOrHeaders, headers)
      : super.writeHead(statusCode, reasonOrHeaders);
  }
}

/**
 * A new object (the answer's may be shared): the frame's headers, then the answer's. Vary is
 * the one both add to: an answer that varies on a header of its own still varies on
 * Accept-Encoding when the frame says so (compression.ts).
 */
function withFrame(frame: [string, string][], own: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const ownNames = Object.keys(own);
  const lowerNames = ownNames.map((name) => name.toLowerCase());
  const merged: OutgoingHttpHeaders = {};
  for (const [name, value] of frame) {
    const at = lowerNames.indexOf(name.toLowerCase());
    if (at < 0) merged[name] = value;
    else if (lowerNames[at] === 'vary') {
      const ownName = ownNames[at]!;
      merged[ownName] = `${String(own[ownName])}, ${value}`;
    }
  }
  for (const name of ownNames) if (!(name in merged)) merged[name] = own[name];
  return merged;
}

/** Listens with the Node adapter, answering through FramedResponse. */
export function serveHttp(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
): ServerType {
  return serve({ fetch, port, hostname, serverOptions: { ServerResponse: FramedResponse } });
}
