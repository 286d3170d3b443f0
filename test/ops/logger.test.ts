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

  it('writes readable lines on a terminal', () => {
    const out = sink(true);
    createLogger('info', out.stream).warn({ task: 'outbox' }, 'job run');
    const text = out.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toContain('job run');
    expect(text).toContain('outbox');
  });
});
