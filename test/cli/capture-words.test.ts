// The capture verbs' command-line rules and words, without a server: what `rapport source add`
// sends for what was typed, which command lines are refused (exit 2), and how sources, sync
// reports, noticed conversations and people to add are printed (in the user's zone).
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  noticedHow,
  noticedRows,
  pickSource,
  sourceErrorLines,
  sourceListJson,
  sourceRows,
  sourceState,
  suggestionRows,
  syncReportLine,
  syncSummary,
  testResultLines,
  todayCaptureLines,
} from '../../src/cli/capture-format';
import { UsageError } from '../../src/cli/errors';
import { calendarUrl, pickPassword, sourceInputFrom, wholeNumber } from '../../src/cli/source-args';
import { commandPath, usageError } from '../../src/cli/usage';
import type { Noticed, Source, SyncReport } from '../../src/http/sources/source-schemas';
import { sourceInput } from '../../src/http/sources/source-schemas';
import { sourceJson } from '../support/source-json';

// A mail source that has synced.
const source = (over: Partial<Source> = {}): Source =>
  sourceJson({
    kind: 'imap',
    name: 'Work mail',
    settings: { host: 'imap.example.com', port: 993, tls: true, user: 'me' },
    lastSyncAt: '2026-03-02T23:30:00Z',
    lastSuccessAt: '2026-03-02T23:30:00Z',
    seen: 120,
    captured: 14,
    ...over,
  });

const report = (over: Partial<SyncReport> = {}): SyncReport => ({
  sourceId: 'src1',
  name: 'Work mail',
  seen: 40,
  captured: 3,
  noticed: 0,
  removed: 0,
  repliesOwed: 0,
  repliesClosed: 0,
  error: null,
  ...over,
});

const usage = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('source add arguments', () => {
  it('sends an ics address, webcal meaning https, with only the flags given', () => {
    const body = sourceInputFrom(
      'ics',
      ['webcal://cal.example.com/me.ics'],
      { mode: 'Auto' },
      undefined,
    );
    expect(body).toEqual({ kind: 'ics', url: 'https://cal.example.com/me.ics', mode: 'auto' });
    expect(sourceInput.safeParse(body).success).toBe(true);
  });

  it('sends an IMAP mailbox with port 993 and TLS unless told otherwise', () => {
    const flags = { host: ' imap.example.com ', user: 'me@example.com', keepSubjects: true };
    expect(sourceInputFrom('imap', [], flags, 'pw')).toEqual({
      kind: 'imap',
      host: 'imap.example.com',
      port: 993,
      tls: true,
      user: 'me@example.com',
      password: 'pw',
      keepSubjects: true,
    });
    const plain = sourceInputFrom('imap', [], { ...flags, port: '143', tls: false }, 'pw');
    expect(plain).toMatchObject({ port: 143, tls: false });
    expect(sourceInput.safeParse(plain).success).toBe(true);
  });

  it('sends the chosen CalDAV calendars, and every calendar when none is named', () => {
    const flags = { user: 'me', calendar: ['Work', ' ', 'Team'] };
    expect(sourceInputFrom('caldav', ['https://dav.example.com/'], flags, 'pw')).toMatchObject({
      calendars: ['Work', 'Team'],
    });
    expect(
      sourceInputFrom('caldav', ['https://dav.example.com/'], { user: 'me' }, 'pw'),
    ).not.toHaveProperty('calendars');
  });

  it('resolves git paths from where the command was typed', () => {
    expect(sourceInputFrom('git', ['code/app', '/srv/lib'], {}, undefined, '/home/me')).toEqual({
      kind: 'git',
      paths: ['/home/me/code/app', '/srv/lib'],
    });
  });

  it('refuses wrong command lines with what to type instead', () => {
    expect(usage(() => sourceInputFrom('imap', [], { host: 'h', user: 'u' }, undefined))).toContain(
      '--password-stdin, or RAPPORT_SOURCE_PASSWORD',
    );
    expect(usage(() => sourceInputFrom('imap', [], { user: 'u' }, 'pw'))).toBe(
      'an imap source needs --host',
    );
    expect(usage(() => sourceInputFrom('git', [], {}, undefined))).toContain('at least one PATH');
    expect(usage(() => sourceInputFrom('ics', ['ftp://x'], {}, undefined))).toContain(
      'not an http(s) address',
    );
    expect(usage(() => calendarUrl('not a url', 'x'))).toContain('is not an address');
    expect(usage(() => sourceInputFrom('ics', ['https://x'], { mode: 'later' }, undefined))).toBe(
      '--mode is review or auto, not "later"',
    );
    expect(usage(() => sourceInputFrom('ics', ['https://x'], { name: '  ' }, undefined))).toBe(
      '--name is empty',
    );
    expect(usage(() => wholeNumber('99999', '--port', 1, 65535))).toBe(
      '--port takes a whole number from 1 to 65535, not "99999"',
    );
    expect(usage(() => wholeNumber('1.5', '--large-meeting-size', 2, 1000))).toContain('1.5');
  });

  it('takes the password from one place, the flag or stdin before the environment', () => {
    expect(pickPassword({ password: 'flag' }, { env: 'env' })).toBe('flag');
    expect(pickPassword({ passwordStdin: true }, { stdin: 'piped\n', env: 'env' })).toBe('piped');
    expect(pickPassword({ passwordStdin: true }, { stdin: 'ends with space \r\n' })).toBe(
      'ends with space ',
    );
    expect(pickPassword({}, { env: 'env' })).toBe('env');
    expect(pickPassword({}, { env: '' })).toBeUndefined();
    expect(usage(() => pickPassword({ password: 'a', passwordStdin: true }, {}))).toContain(
      'not both',
    );
    expect(usage(() => pickPassword({ passwordStdin: true }, { stdin: '\n' }))).toBe(
      'the password is empty',
    );
  });

  it('ends a verb’s own usage error with its usage line', () => {
    const program = new Command('rapport');
    const add = program.command('source').command('add').command('imap').option('--host <h>');
    expect(commandPath(add)).toBe('rapport source add imap');
    expect(usageError(add, 'an imap source needs --host').message).toBe(
      'an imap source needs --host\nUsage: rapport source add imap [options]\nSee `rapport source add imap --help`.',
    );
  });
});

describe('capture output', () => {
  it('lists sources in the user’s zone, with the contract’s JSON fields', () => {
    const failing = source({
      id: 'src2',
      name: 'Calendar',
      kind: 'caldav',
      lastError: 'CalDAV said: authentication failed',
      failingSince: '2026-03-01T08:00:00Z',
    });
    const rows = sourceRows(
      [source(), failing, source({ paused: true, lastSyncAt: null })],
      'Asia/Tokyo',
    );
    expect(rows[0]).toEqual([
      'src1',
      'Work mail',
      'imap',
      'review',
      'ok',
      '2026-03-03 08:30',
      '120',
      '14',
    ]);
    expect(rows[1]?.[4]).toBe('failing');
    expect(rows[2]?.slice(4, 6)).toEqual(['paused', 'never']);
    expect(sourceErrorLines([source(), failing], 'Europe/Berlin')).toEqual([
      'Calendar: CalDAV said: authentication failed (failing since 2026-03-01 09:00)',
    ]);
    const [json] = sourceListJson([source()]);
    expect(Object.keys(json!)).toEqual(
      expect.arrayContaining([
        'id',
        'kind',
        'name',
        'mode',
        'paused',
        'lastSyncAt',
        'lastError',
        'captured',
      ]),
    );
    expect(json).not.toHaveProperty('settings');
    expect(sourceState(source({ lastSyncAt: null }))).toBe('not synced yet');
  });

  it('says what each sync saw and captured, and whether any failed', () => {
    expect(syncReportLine(report())).toBe('Work mail: saw 40, captured 3');
    expect(
      syncReportLine(report({ noticed: 2, removed: 1, repliesOwed: 1, repliesClosed: 2 })),
    ).toBe(
      'Work mail: saw 40, captured 3, 2 waiting in `rapport noticed`, removed 1 (moved or deleted), 1 new reply owed, 2 answered',
    );
    expect(syncReportLine(report({ error: 'IMAP said: authentication failed' }))).toBe(
      'Work mail: failed: IMAP said: authentication failed',
    );
    expect(syncSummary([report(), report({ captured: 2 })])).toBe('Synced 2 sources: captured 5.');
    expect(syncSummary([report(), report({ error: 'x', captured: 0 })])).toBe(
      'Synced 2 sources: captured 3; 1 failed',
    );
    expect(syncSummary([])).toContain('No sources');
  });

  it('words noticed conversations and people to add', () => {
    const item: Noticed = {
      id: 'n1',
      sourceId: 'src1',
      sourceName: 'Calendar',
      at: '2026-03-02T15:00:00Z',
      channel: 'video',
      initiator: 'them',
      seenOnly: false,
      subject: null,
      people: [
        { id: 'p1', name: 'Ann Lee' },
        { id: 'p2', name: 'Bo Chen' },
      ],
    };
    expect(noticedRows([item], 'America/New_York')).toEqual([
      ['n1', '2026-03-02 10:00', 'Ann Lee and Bo Chen', 'video call, they started', 'Calendar'],
    ]);
    expect(noticedHow({ ...item, channel: 'meeting', initiator: 'me', seenOnly: true })).toBe(
      'meeting, you started; large meeting: seen only',
    );
    expect(noticedRows([{ ...item, subject: 'Budget' }], 'UTC')[0]?.[3]).toBe(
      'video call, they started · Budget',
    );
    expect(
      suggestionRows(
        [
          {
            id: 's1',
            email: 'cy@example.com',
            name: null,
            conversations: 4,
            lastSeenAt: '2026-03-02T15:00:00Z',
          },
        ],
        'UTC',
      ),
    ).toEqual([['s1', '—', 'cy@example.com', '4', '2026-03-02 15:00']]);
  });

  it('says what a test found, and finds a source by id or name', () => {
    expect(testResultLines({ calendars: ['Work', 'Home'] })).toEqual([
      'Connection works; nothing was saved.',
      'Calendars (choose with --calendar NAME): Work, Home',
    ]);
    const list = [
      source(),
      source({ id: 'src2', name: 'Calendar' }),
      source({ id: 'src3', name: 'calendar' }),
    ];
    expect(pickSource('src1', list)).toMatchObject({ id: 'src1' });
    expect(pickSource('work MAIL', list)).toMatchObject({ id: 'src1' });
    expect(pickSource('Calendar', list)).toEqual({
      problem: 'Several sources are called "Calendar"; use the ID: src2, src3',
    });
    expect(pickSource('nope', list)).toEqual({
      problem: 'No source "nope". See `rapport source list`.',
    });
  });
});

describe('capture under rapport today', () => {
  it('points at the noticed inbox and at sources that stopped working', () => {
    expect(todayCaptureLines({})).toEqual([]);
    expect(
      todayCaptureLines({
        noticed: { count: 3 },
        failingSources: [{ name: 'Work mail', lastError: 'IMAP said: authentication failed' }],
      }),
    ).toEqual([
      'Rapport noticed 3 conversations: see `rapport noticed`.',
      'Source Work mail stopped working: IMAP said: authentication failed (see `rapport source list`).',
    ]);
  });
});
