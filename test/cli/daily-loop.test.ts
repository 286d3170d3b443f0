// The daily loop from the command line: add people, log conversations, read the Today agenda,
// keep track of replies and promises. Runs the built binary on a fresh SQLite data folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';

interface TodayJson {
  date: string;
  zone: string;
  items: {
    kind: string;
    person: { id: string; name: string };
    title: string;
    why: string;
    score: number;
    starters: string[];
  }[];
}

describe('rapport daily loop', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);
  const peopleNames = async () =>
    (JSON.parse(ok(await cli('person', 'list', '--json'))) as { name: string }[]).map(
      (p) => p.name,
    );

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({ owner: { timeZone: 'America/Los_Angeles' } }));
  });
  afterAll(() => db?.dispose());

  it('adds someone, shows them due after a lapse, and drops them once talked to', async () => {
    const added = await cli(
      'person',
      'add',
      'Ann Lee',
      '--kind',
      'coworker',
      '--key',
      '--team',
      'Platform',
      '--fact',
      'runs half-marathons',
      '--fact',
      'has a dog called Rex',
      '--tag',
      'core',
      '--birthday',
      '04-17',
    );
    expect(ok(added).split('\n')[0]).toBe('Added Ann Lee (coworker, every 7 days)');
    ok(await cli('person', 'add', 'Anna', 'Bell', '--kind', 'friend', '--every', '2w'));

    const people = JSON.parse(ok(await cli('person', 'list', '--json')));
    expect(people).toHaveLength(2);
    const ann = people.find((p: { name: string }) => p.name === 'Ann Lee');
    expect(ann).toMatchObject({
      kind: 'coworker',
      key: true,
      team: 'Platform',
      cadenceDays: 7,
      tags: ['core'],
      facts: ['runs half-marathons', 'has a dog called Rex'],
      lastInteractionAt: null,
    });
    expect(ann.dates).toMatchObject([{ type: 'birthday', month: 4, day: 17, year: null }]);
    expect(people.find((p: { name: string }) => p.name === 'Anna Bell').cadenceDays).toBe(14);

    const logged = await cli('log', 'ann lee', '--via', 'call', '--at', '10 days ago');
    expect(ok(logged).split('\n')[0]).toBe('Logged a call with Ann Lee (10 days ago)');
    expect(logged.stdout).toMatch(/^id: \S+$/m);

    const today = JSON.parse(ok(await cli('today', '--json'))) as TodayJson;
    // The API's own object, passed through (it may carry more than these three).
    expect(today).toMatchObject({ date: expect.any(String), items: expect.any(Array) });
    expect(today.zone).toBe('America/Los_Angeles');
    const scores = today.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const due = today.items.find((i) => i.person.name === 'Ann Lee');
    expect(due).toMatchObject({
      kind: 'due',
      title: 'Reach out to Ann Lee',
      why: 'Last talked 10 days ago — you aim for every 7 days',
    });
    expect(due!.starters.length).toBeGreaterThan(0);

    // --all: on the owner's day off, work is among the cards that can wait.
    const human = ok(await cli('today', '--all'));
    expect(human).toMatch(/^ ?\d\. Reach out to Ann Lee$/m);
    expect(human).toContain('Last talked 10 days ago');

    ok(await cli('log', 'Ann', 'Lee', '--via', 'video', '--about', 'personal', '--by', 'them'));
    const after = JSON.parse(ok(await cli('today', '--json'))) as TodayJson;
    expect(after.items.some((i) => i.person.name === 'Ann Lee')).toBe(false);

    const shown = JSON.parse(ok(await cli('person', 'show', 'ann', 'lee', '--json')));
    expect(shown.interactionCount).toBe(2);
  });

  it('lists the candidates of an ambiguous name and says when nobody matches', async () => {
    const ambiguous = await cli('log', 'an', '--via', 'chat');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr.trim()).toMatch(
      /^rapport: "an" matches 2 people: Ann Lee \([0-9a-z]{6,}\), Anna Bell \([0-9a-z]{6,}\)\. Type more of the name, or use an id\.$/,
    );
    const unknown = await cli('person', 'show', 'zed');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toMatch(/^rapport: No one called "zed"/);
    // "bell" is a unique word prefix.
    expect(ok(await cli('health', 'bell', '--json'))).toContain('"recency"');
  });

  it('refuses bad input with one clear line and saves nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['person', 'add', 'Cy', '--kind', 'colleague'], /Unknown kind "colleague"; use one of: /],
      [['person', 'add', 'Cy', '--tz', 'Mars/Olympus'], /"Mars\/Olympus" is not a time zone/],
      [['person', 'add', 'Cy', '--birthday', '2023-02-30'], /not a date on the calendar/],
      [['person', 'add', '  '], /name is empty/],
      [['log', 'bell', '--via', 'pigeon'], /Unknown channel "pigeon"/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    expect(await peopleNames()).toEqual(['Ann Lee', 'Anna Bell']);
  });

  it('keeps replies and promises until they are done', async () => {
    const owed = await cli('owe', 'bell', 'the', 'hiking', 'photos');
    expect(ok(owed)).toContain('You owe Anna Bell a reply: the hiking photos');
    const replyId = /^id: (\S+)/m.exec(owed.stdout)?.[1];
    expect(replyId).toBeTruthy();

    const promised = await cli(
      'promise',
      'Ann',
      'Lee',
      'send',
      'the',
      'design',
      'doc',
      '--by',
      'tomorrow',
    );
    expect(ok(promised)).toMatch(/^Promised Ann Lee: send the design doc, due tomorrow$/m);
    const promiseId = /^id: (\S+)/m.exec(promised.stdout)?.[1];

    const badDate = await cli('promise', 'ann lee', 'x', '--by', 'someday');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/Could not read "someday" as a date/);

    const shown = ok(await cli('person', 'show', 'ann lee'));
    expect(shown).toContain('send the design doc');
    expect(shown).toContain('runs half-marathons');

    const done = await cli('done', replyId!);
    expect(ok(done).trim()).toBe('Replied to Anna Bell: the hiking photos. Done.');
    const kept = await cli('done', promiseId!, '--json');
    expect(JSON.parse(ok(kept))).toMatchObject({ type: 'promise', doneAt: expect.any(String) });
    expect(ok(await cli('person', 'show', 'ann lee'))).not.toContain('send the design doc');
  });

  it('records favors and news, snoozes, pauses, edits, and reads health, week and search', async () => {
    const favor = await cli('favor', 'Anna', 'Bell', '--got', 'intro', 'met', 'Cy');
    expect(ok(favor)).toMatch(/^Noted: Anna Bell gave you an intro: met Cy$/m);
    const event = await cli('event', 'Ann', 'Lee', 'new-job', 'at Initech', '--on', 'yesterday');
    expect(ok(event)).toMatch(
      /^Noted: Ann Lee — started a new job at Initech \(\d{4}-\d{2}-\d{2}\)$/m,
    );
    const before = JSON.parse(ok(await cli('today', '--json'))) as TodayJson;
    expect(before.items).toContainEqual(
      expect.objectContaining({
        kind: 'milestone',
        person: expect.objectContaining({ name: 'Ann Lee' }),
      }),
    );

    expect(ok(await cli('snooze', 'Ann', 'Lee', '2w'))).toMatch(/^Snoozed Ann Lee until /);
    const snoozed = JSON.parse(ok(await cli('today', '--json'))) as TodayJson;
    expect(snoozed.items.some((i) => i.person.name === 'Ann Lee')).toBe(false);

    expect(ok(await cli('pause', 'bell'))).toMatch(/^Paused Anna Bell/);
    const edited = await cli(
      'person',
      'edit',
      'bell',
      '--unpause',
      '--every',
      '3w',
      '--tag',
      'hiking',
      '--json',
    );
    expect(JSON.parse(ok(edited))).toMatchObject({
      paused: false,
      cadenceDays: 21,
      cadenceOverride: 21,
      tags: ['hiking'],
    });

    const health = JSON.parse(ok(await cli('health', 'ann', 'lee', '--json')));
    expect(health).toMatchObject({ contacts90d: 2, initiative: { me: 1, them: 1 } });
    const week = JSON.parse(ok(await cli('week', '--json')));
    expect(week.conversations).toBeGreaterThanOrEqual(1);
    const found = JSON.parse(ok(await cli('search', 'marathons', '--json')));
    expect(found).toContainEqual(
      expect.objectContaining({ type: 'person', personName: 'Ann Lee' }),
    );
  });

  it('asks for --yes before removing someone', async () => {
    const refused = await cli('person', 'rm', 'bell');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pass --yes/);
    expect(await peopleNames()).toContain('Anna Bell');
    expect(ok(await cli('person', 'rm', 'bell', '--yes')).trim()).toBe('Removed Anna Bell.');
    expect(await peopleNames()).toEqual(['Ann Lee']);
  });
});
