// `rapport done ID` on a date line of Today (a birthday greeted or skipped this year), facts
// with an end date, and career news in words. Runs the built binary on a fresh SQLite folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';

const ZONE = 'Europe/Berlin';

// Month-day `days` from now on the user's calendar, as `--birthday` takes it.
function monthDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(Date.now() + days * 86_400_000));
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  return `${get('month')}-${get('day')}`;
}

describe('rapport done on dates, facts that expire, career news', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({ owner: { timeZone: ZONE } }));
  });
  afterAll(() => db?.dispose());

  it('marks today’s birthday done with the id Today prints', async () => {
    ok(await cli('person', 'add', 'Ann Lee', '--birthday', monthDay(0)));
    const today = ok(await cli('today'));
    expect(today).toContain('Wish Ann Lee a happy birthday');
    const id = /\(done: rapport done (\S+)\)/.exec(today)![1]!;

    const done = ok(await cli('done', id));
    expect(done).toMatch(
      /^Done: Ann Lee's birthday \(\d{4}-\d{2}-\d{2}\)\. It comes back next year\.$/m,
    );
    expect(ok(await cli('today'))).not.toContain('birthday');
  });

  it('skips an upcoming birthday by the start of its id', async () => {
    ok(await cli('person', 'add', 'Bo Chen', '--birthday', monthDay(3)));
    const agenda = JSON.parse(ok(await cli('today', '--json'))) as {
      items: { kind: string; refId?: string; person: { name: string } }[];
    };
    const bo = agenda.items.find((item) => item.kind === 'date' && item.person.name === 'Bo Chen')!;
    const skipped = ok(await cli('done', bo.refId!.slice(0, 8), '--skip'));
    expect(skipped).toMatch(/^Skipped Bo Chen's birthday this year \(\d{4}-\d{2}-\d{2}\)\./m);
    expect(ok(await cli('today'))).not.toContain("Bo Chen's birthday");
  });

  it('still says what is wrong for an id that is nothing', async () => {
    const missing = await cli('done', 'no-such-id');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('rapport: Item not found');
  });

  it('shows an expired fact as expired and explains the syntax in the help', async () => {
    ok(
      await cli(
        'person',
        'add',
        'Cy Park',
        '--fact',
        'Training for a half-marathon until 2020-04-20',
        '--fact',
        'Plays padel',
      ),
    );
    const shown = ok(await cli('person', 'show', 'Cy Park'));
    expect(shown).toContain('· Training for a half-marathon until 2020-04-20 (expired)');
    expect(shown).toMatch(/· Plays padel$/m);
    expect(ok(await cli('person', 'add', '--help'))).toMatch(/until\s+2027-04-20/);
  });

  it('words career news naturally', async () => {
    ok(await cli('person', 'add', 'Siobhan Kelly'));
    const noted = ok(
      await cli(
        'event',
        'Siobhan',
        'promotion',
        'promoted to Senior EM at Stripe',
        '--on',
        'yesterday',
      ),
    );
    expect(noted).toMatch(/^Noted: Siobhan Kelly — promoted to Senior EM at Stripe \(/m);
    const today = ok(await cli('today'));
    expect(today).toContain('Promoted to Senior EM at Stripe — congratulate them');
    expect(today).toContain('Congratulations on the promotion to Senior EM at Stripe!');
    expect(today).not.toMatch(/promoted to promoted/i);
  });
});
