// Getting credit from the command line: log accomplishments and flexibility, read the brag
// summary, draft and send status updates (with and without a mail server), and write the
// remote-work proposal. Runs the built binary on a fresh SQLite data folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

interface BragJson {
  period: { kind: string; start: string; end: string; label: string };
  summary: {
    total: number;
    withImpact: number;
    projectCount: number;
    byProject: { project: string | null; count: number; withImpact: number }[];
    byTag: { tag: string; count: number }[];
  };
  accomplishments: {
    id: string;
    title: string;
    date: string;
    helpedBy: { id: string; name: string }[];
    tell: { id: string; name: string }[];
  }[];
}

interface UpdateJson {
  id: string;
  subject: string;
  markdown: string;
  recipients: string[];
  status: string;
  error: string | null;
}

describe('rapport credit verbs', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({
      owner: { timeZone: 'America/Los_Angeles' },
      env: { RAPPORT_SMTP_URL: '' },
    }));
    ok(await cli('person', 'add', 'Ann Lee', '--kind', 'coworker'));
    ok(await cli('person', 'add', 'Bo Chen', '--kind', 'manager', '--email', 'bo@example.com'));
  });
  afterAll(() => db?.dispose());

  it('logs an accomplishment with the people it names, and counts it in the brag summary', async () => {
    const did = ok(
      await cli(
        'did',
        'Shipped',
        'the billing API',
        '--project',
        'Billing',
        '--impact',
        'invoices go out in minutes',
        '--helped',
        'ann',
        '--tell',
        'Bo Chen',
        '--link',
        'https://example.com/pr/42',
        '--tag',
        'backend',
      ),
    );
    expect(did).toMatch(
      /^Logged: Shipped the billing API \(Billing, \d{4}-\d{2}-\d{2}\) · id: \S+/,
    );
    // `--helped Ann` means Ann helped the user: the output says so in full.
    expect(did).toContain('Ann Lee helped you with this; your status update thanks them.');
    expect(did).toContain('Remember to tell Bo Chen.');
    const help = ok(await cli('did', '--help'));
    expect(help).toMatch(/--helped <name>\s+someone who helped YOU/);
    ok(await cli('did', 'Migrated the old cron jobs', '--on', '2020-01-07'));

    const brag = JSON.parse(ok(await cli('brag', '--json'))) as BragJson;
    expect(brag.period.kind).toBe('week');
    expect(brag.summary).toMatchObject({ total: 1, withImpact: 1, projectCount: 1 });
    expect(brag.summary.byProject).toEqual([{ project: 'Billing', count: 1, withImpact: 1 }]);
    expect(brag.summary.byTag).toEqual([{ tag: 'backend', count: 1 }]);
    expect(brag.accomplishments[0]?.helpedBy.map((p) => p.name)).toEqual(['Ann Lee']);
    expect(brag.accomplishments[0]?.tell.map((p) => p.name)).toEqual(['Bo Chen']);
    expect(Object.keys(brag).sort()).toEqual(['accomplishments', 'period', 'summary']);

    const html = ok(
      await cli('brag', '--from', '2020-01-01', '--to', '2020-01-31', '--format', 'html'),
    );
    expect(html).toContain('Migrated the old cron jobs');
    expect(html).toContain('<');
    expect(html).not.toContain('**');
    expect(html).not.toContain('Shipped the billing API');
  });

  it('logs flexibility for someone, and the status update draft carries the log', async () => {
    const flex = ok(await cli('flex', 'came in on a home day for the offsite', '--for', 'bo'));
    expect(flex).toMatch(/^Logged: came in on a home day for the offsite \(for Bo Chen, [\d-]+\)/);

    const draft = JSON.parse(ok(await cli('update', '--format', 'json'))) as UpdateJson;
    expect(draft.status).toBe('draft');
    expect(draft.recipients).toEqual(['bo@example.com']);
    expect(draft.markdown).toContain('Shipped the billing API');
    expect(draft.markdown).toContain('came in on a home day for the offsite');
  });

  it('takes a promise already late, and dates a favor today when no day is given', async () => {
    const late = await cli('promise', 'Ann', 'send the notes', '--by', 'yesterday');
    expect(ok(late)).toMatch(/^Promised Ann Lee: send the notes, due yesterday — already late$/m);
    const favor = JSON.parse(ok(await cli('favor', 'Ann', '--gave', 'referral', '--json')));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
      new Date(),
    );
    expect(favor.date).toBe(today);
  });

  it('says with whom the week’s conversations were', async () => {
    ok(await cli('log', 'Ann', '--via', 'call'));
    ok(await cli('log', 'Ann', 'Bo', '--via', 'video'));
    expect(ok(await cli('week'))).toContain('  with: Ann Lee (2), Bo Chen');
    const week = JSON.parse(ok(await cli('week', '--json')));
    expect(week.talkedWith.map((p: { name: string }) => p.name)).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('notes a blocker, shows it in the update until it is cleared', async () => {
    const noted = ok(await cli('blocker', 'prod database access', '--on', 'ann'));
    expect(noted).toMatch(
      /^Noted: prod database access \(waiting on Ann Lee\), since [\d-]+ · id: \S+/,
    );
    const id = /id: (\S+)/.exec(noted)![1]!;
    expect(ok(await cli('blocker', 'list'))).toContain('prod database access');
    const draft = JSON.parse(ok(await cli('update', '--format', 'json'))) as UpdateJson;
    expect(draft.markdown).toMatch(
      /## Blockers \/ needs\n\n- prod database access — waiting on Ann Lee since/,
    );
    expect(ok(await cli('blocker', 'clear', id))).toMatch(/^Cleared: prod database access/);
    expect(ok(await cli('blocker', 'list'))).toContain('Nothing in your way.');
  });

  it('keeps the draft when there is no mail server, and sends through a real one', async () => {
    const failed = await cli('update', '--send');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('E-mail is not set up');
    expect(failed.stderr).toContain('kept as an unsent draft');
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);

    const updates = JSON.parse(ok(await cli('update', 'list', '--json'))) as UpdateJson[];
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.every((u) => u.status === 'draft')).toBe(true);
    expect(updates.some((u) => u.error?.includes('E-mail is not set up'))).toBe(true);

    const smtp: TestSmtp = await startTestSmtp();
    try {
      const sent = await runCli(['update', '--send'], {
        ...env,
        RAPPORT_SMTP_URL: smtp.url,
        RAPPORT_MAIL_FROM: 'Rapport <rapport@example.com>',
      });
      expect(sent.code, sent.stderr).toBe(0);
      expect(sent.stdout).toContain('Sent to bo@example.com');
      expect(smtp.messages).toHaveLength(1);
      const message = smtp.messages[0]!;
      expect(message.subject).toMatch(/^Status update — /);
      expect(sent.stdout).toContain(message.subject!);
      expect(message.text).toContain('Shipped the billing API');
      expect(message.from?.value).toEqual([
        { name: 'Me Myself via Rapport', address: 'rapport@example.com' },
      ]);
      expect(message.replyTo?.value.map((v) => v.address)).toEqual(['me@example.com']);
      const to = Array.isArray(message.to) ? message.to : [message.to];
      expect(to.flatMap((a) => a?.value.map((v) => v.address))).toEqual(['bo@example.com']);
    } finally {
      await smtp.close();
    }
  });

  it('writes the remote-work proposal from saved answers, and records the decision', async () => {
    const set = ok(
      await cli(
        'proposal',
        'set',
        '--role',
        'Backend engineer',
        '--fit',
        'My work is asynchronous and reviewed in pull requests',
        '--deliverable',
        'Weekly release | shipped every Friday',
        '--availability',
        'Core hours 10–16 Pacific',
        '--communication',
        'Daily stand-up, weekly written update',
        '--equipment',
        'My own laptop and a fibre line',
        '--trial',
        '3m',
      ),
    );
    expect(set).toContain('role Backend engineer, 1 deliverable, 90-day trial');

    const text = ok(await cli('proposal', '--format', 'text'));
    expect(text).toContain('Weekly release');
    expect(text).toContain('shipped every Friday');
    expect(text).toContain('90-day');
    expect(text).toContain('Shipped the billing API');

    const notNow = await cli('proposal', 'answer', 'not-now');
    expect(notNow.code).toBe(1);
    expect(notNow.stderr).toContain('--revisit');
    const later = ok(await cli('proposal', 'answer', 'not-now', '--revisit', '2099-01-15'));
    expect(later).toContain('revisit it on 2099-01-15');
  });
});
