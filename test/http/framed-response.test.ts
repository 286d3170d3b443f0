// The headers of a request's frame (request id, security headers) join the answer's own in its
// head (src/http/framed-response.ts): over a real Node server, the answer's own header of the
// same name wins, whatever the case of its name and however Node is asked to write the head,
// and a headers object an answer shares between requests is never changed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FramedResponse } from '../../src/http/framed-response';

describe('a framed response', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serving(answer: (res: FramedResponse) => void): Promise<string> {
    server = createServer({ ServerResponse: FramedResponse }, (_req, res) => {
      const framed = res as FramedResponse;
      framed.frameHeader('x-request-id', 'abc');
      framed.frameHeader('cache-control', 'no-store');
      answer(framed);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  it('sends the frame’s headers with an answer that has none of them', async () => {
    const url = await serving((res) => {
      res.writeHead(201, { 'Content-Type': 'text/plain' });
      res.end('made');
    });
    const answer = await fetch(url);
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-request-id')).toBe('abc');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toBe('made');
  });

  it('lets the answer’s own header win, whatever the case of its name', async () => {
    const url = await serving((res) => {
      res.writeHead(200, 'Fine', { 'Cache-Control': 'private, max-age=900' });
      res.end();
    });
    const answer = await fetch(url);
    expect(answer.statusText).toBe('Fine');
    // One value, the answer's: not "no-store, private, max-age=900".
    expect(answer.headers.get('cache-control')).toBe('private, max-age=900');
    expect(answer.headers.get('x-request-id')).toBe('abc');
  });

  it('lets the answer win when its headers come through setHeader or a raw list', async () => {
    const viaSetHeader = await serving((res) => {
      res.setHeader('Cache-Control', 'max-age=5');
      res.end('implicit head');
    });
    const first = await fetch(viaSetHeader);
    expect(first.headers.get('cache-control')).toBe('max-age=5');
    expect(first.headers.get('x-request-id')).toBe('abc');
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    const viaList = await serving((res) => {
      res.writeHead(200, ['Cache-Control', 'max-age=6']);
      res.end();
    });
    const second = await fetch(viaList);
    expect(second.headers.get('cache-control')).toBe('max-age=6');
    expect(second.headers.get('x-request-id')).toBe('abc');
  });

  it('adds the frame’s Vary to the answer’s own', async () => {
    const url = await serving((res) => {
      res.frameHeader('vary', 'Accept-Encoding');
      res.writeHead(200, { Vary: 'Cookie', 'Content-Type': 'text/plain' });
      res.end('varies');
    });
    const answer = await fetch(url);
    expect(answer.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('never changes a headers object the answer shares between requests', async () => {
    const shared = Object.freeze({ 'content-type': 'application/json' });
    const url = await serving((res) => {
      res.writeHead(200, shared);
      res.end('{}');
    });
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(url);
      expect(answer.headers.get('x-request-id')).toBe('abc');
      expect(answer.headers.get('content-type')).toBe('application/json');
    }
    expect(shared).toEqual({ 'content-type': 'application/json' });
  });
});
