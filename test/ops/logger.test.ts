// The logger itself: readable lines on a terminal, JSON otherwise, and the redaction net under
// the request log (a password, token or e-mail passed by mistake is written as [redacted]).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/integrations/observability/logger';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream: Object.assign(stream, { isTTY }), text: () => chunks.join('') };
}

describe('the server logger', () => {
  it('writes JSON lines with level names when stdout is not a terminal, redacting secrets', () => {
    const out = sink(false);
    const log = createLogger('info', out.stream);
    log.info(
      { userId: 'u1', password: 'hunter22', body: { token: 'rpt_x', email: 'a@b.c' } },
      'hi',
    );
    log.debug('not written at info');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({
      level: 'info',
      msg: 'hi',
      userId: 'u1',
      password: '[redacted]',
    });
    expect(record.body).toEqual({ token: '[redacted]', email: '[redacted]' });
    expect(record.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('writes the request line as pino would, and only at a level that lets it through', () => {
    const out = sink(false);
    const log = createLogger('info', out.stream);
    const fields = {
      requestId: 'r-1',
      method: 'GET',
      route: '/api/people/:id',
      status: 200,
      durationMs: 1.5,
      userId: null,
    };
    log.requestLine('info', fields, 'request');
    log.info(fields, 'request');
    log.requestLine('error', { ...fields, status: 500 }, 'request');
    const [own, pinos, error] = out
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const { time, ...rest } = own;
    expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const { time: _, ...pinoRest } = pinos;
    expect(Object.entries(rest)).toEqual(Object.entries(pinoRest));
    expect(error).toMatchObject({ level: 'error', status: 500 });

    const quiet = sink(false);
    createLogger('warn', quiet.stream).requestLine('info', fields, 'request');
    expect(quiet.text()).toBe('');
  });

  it('writes readable lines on a terminal', () => {
    const out = sink(true);
    createLogger('info', out.stream).warn({ task: 'outbox' }, 'job run');
    const text = out.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toContain('job run');
    expect(text).toContain('outbox');
  });
});
