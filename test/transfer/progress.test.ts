// The import progress bar: drawn on stderr for a large file when stderr is a terminal, fed by
// the import route's NDJSON progress stream, and gone once the result is printed.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProgressBar } from '../../src/cli/commands/import-progress';
import { run } from '../../src/cli/main';
import { testApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/databases';

function capture(stream: NodeJS.WriteStream) {
  const chunks: string[] = [];
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(''), spy };
}

describe('the import progress bar', () => {
  let db: TestDatabase;
  let file: string;
  const tty = process.stderr.isTTY;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await testApi(db).setupOwner();
    const { writeFileSync } = await import('node:fs');
    file = `${db.dataDir}/many.vcf`;
    const cards = Array.from(
      { length: 1500 },
      (_, i) =>
        `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many ${i}\r\nEMAIL:many${i}@example.com\r\nEND:VCARD`,
    );
    writeFileSync(file, cards.join('\r\n'));
  });
  afterAll(() => db.dispose());
  afterEach(() => {
    vi.restoreAllMocks();
    process.stderr.isTTY = tty;
  });

  it('draws a bar and clears it', () => {
    const out = { write: vi.fn() } as unknown as NodeJS.WriteStream;
    const bar = new ProgressBar(out);
    bar.update('reading', 2500, 10_000);
    bar.clear();
    const written = (out.write as ReturnType<typeof vi.fn>).mock.calls.map((c) => String(c[0]));
    expect(written[0]).toMatch(/^\rreading {2}\[#{7}-{21}\] {2}25% {2}2,500\/10,000/);
    expect(written[1]).toBe('\r\x1b[K');
  });

  it('is shown only for large files on a terminal', () => {
    process.stderr.isTTY = false;
    expect(ProgressBar.wanted('x\n'.repeat(5000))).toBe(false);
    process.stderr.isTTY = true;
    expect(ProgressBar.wanted('x\n'.repeat(5000))).toBe(true);
    expect(ProgressBar.wanted('BEGIN:VCARD\nEND:VCARD\n')).toBe(false);
  });

  it('follows the import as the server streams its progress', async () => {
    process.env.RAPPORT_DATA = db.dataDir;
    process.env.DATABASE_URL = '';
    process.stderr.isTTY = true;
    const stderr = capture(process.stderr);
    const stdout = capture(process.stdout);
    const code = await run(['import', file, '--yes', '--json']);
    stderr.spy.mockRestore();
    stdout.spy.mockRestore();
    expect(code, stderr.text()).toBe(0);
    expect(JSON.parse(stdout.text())).toMatchObject({ created: 1500, errors: [] });
    expect(stderr.text()).toMatch(/\rreading +\[#*-*\] +\d+%/);
    expect(stderr.text()).toMatch(/\rwriting +\[#{28}\] 100% {2}1,500\/1,500/);
    expect(stderr.text().endsWith('\r\x1b[K')).toBe(true);
  });
});
