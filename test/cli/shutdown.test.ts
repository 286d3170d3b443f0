// `rapport serve` stops on SIGTERM or SIGINT even with a request whose body never arrives: it
// waits for requests in flight up to RAPPORT_SHUTDOWN_SECONDS, then closes what is left; a second
// signal stops it at once. Real processes and a real stalled socket; every wait is bounded, and a
// server that does not stop is killed by its PID.
import { rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

describe('stopping rapport serve', () => {
  let server: TestServer | undefined;
  let socket: Socket | undefined;

  afterEach(async () => {
    socket?.destroy();
    const child = server?.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
    server = undefined;
  });

  /** Starts a sign-in whose body promises 1000 bytes and sends one. */
  const stalledRequest = async (url: string) => {
    const { hostname, port } = new URL(url);
    socket = connect(Number(port), hostname);
    socket.on('error', () => {});
    await new Promise((resolve) => socket!.once('connect', resolve));
    socket.write(
      'POST /api/auth/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 1000\r\n\r\n{',
    );
    // Let the server take the request in.
    await new Promise((resolve) => setTimeout(resolve, 300));
  };

  /** The exit code, or null when it was still running after `ms`. */
  const exitWithin = (ms: number) =>
    new Promise<number | null>((resolve) => {
      const child = server!.child;
      if (child.exitCode !== null) return resolve(child.exitCode);
      const timer = setTimeout(() => resolve(null), ms);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code ?? -1);
      });
    });

  it('ends after the deadline although a request body stalls', async () => {
    server = await startTestServer({ RAPPORT_SHUTDOWN_SECONDS: '1' });
    await stalledRequest(server.url);
    server.child.kill('SIGTERM');
    expect(await exitWithin(10_000)).toBe(0);
  });

  it('ends at once on a second signal', async () => {
    server = await startTestServer({ RAPPORT_SHUTDOWN_SECONDS: '120' });
    await stalledRequest(server.url);
    server.child.kill('SIGTERM');
    // Still waiting for the stalled request, as it should with two minutes to go.
    expect(await exitWithin(1_000)).toBeNull();
    server.child.kill('SIGINT');
    expect(await exitWithin(5_000)).toBe(1);
  });

  it('refuses a shutdown deadline that is not a number of seconds', async () => {
    await expect(startTestServer({ RAPPORT_SHUTDOWN_SECONDS: 'soon' })).rejects.toThrow(
      /RAPPORT_SHUTDOWN_SECONDS must be a number of seconds/,
    );
  });
});
