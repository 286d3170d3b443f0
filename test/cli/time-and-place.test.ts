// Time and place from the command line: schedules, trips, who is working now, reach-out windows,
// meeting slots, the office-day planner, routines, and the calendar and household addresses.
// Runs the built binary on a fresh SQLite data folder. Results depend on the real time, so the
// schedules are wide (every day, long hours) and the checks are about shapes and relations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';

interface Slot {
  start: string;
  end: string;
  score: number;
  officeDay: boolean;
  local: { id: string; date: string; time: string; zone: string }[];
}

/** `HH:MM` and `YYYY-MM-DD` of an instant on a zone's wall clock. */
function wall(iso: string, zone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;

describe('rapport time and place', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);
  const json = async <T>(...args: string[]) => JSON.parse(ok(await cli(...args))) as T;
  const userError = (result: CliResult, message: RegExp) => {
    expect(result.code, result.stdout).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  };
  const ids: Record<string, string> = {};
  const addPerson = async (...args: string[]) => {
    const person = await json<{ id: string; name: string }>('person', 'add', ...args, '--json');
    ids[person.name] = person.id;
  };

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({ env: { RAPPORT_PUBLIC_URL: '' } }));
    await addPerson('Bo Chen', '--key', '--tz', 'America/New_York');
    await addPerson('Ann Lee', '--tz', 'Europe/Lisbon');
    await addPerson('Cara Dias', '--city', 'Lisbon');
    await addPerson('Pixel', '--kind', 'pet');
    await addPerson('Dee Vogel', '--key', '--city', 'Berlin');
  });
  afterAll(() => db?.dispose());

  it('sets your schedule and a person’s, and saves nothing when a flag is wrong', async () => {
    // Wide hours every day, so windows and slots exist whatever the time of the run.
    const saved = ok(
      await cli('schedule', 'set', '--hours', 'mon-sun 06:00-22:00', '--office', 'tue,thu'),
    );
    expect(saved).toMatch(/Hours: +mon-sun 06:00-22:00/);
    expect(saved).toMatch(/Office days: +tue, thu/);
    ok(await cli('schedule', 'set', 'Bo', '--hours', 'mon-sun 08:00-20:00', '--office', 'tue'));
    ok(await cli('schedule', 'set', 'Ann', '--hours', 'every day 09:00-18:00'));

    // A bad --hours beside a good --tz: exit 1, one clear line, and the zone is unchanged.
    userError(
      await cli('schedule', 'set', '--tz', 'Asia/Tokyo', '--hours', 'mon-fri 9 until whenever'),
      /^rapport: --hours: .*whenever/,
    );
    const mine = await json<{
      zone: string;
      hours: Record<string, unknown[]>;
      officeDays: string[];
    }>('schedule', '--json');
    expect(mine.zone).toBe('Europe/Berlin');
    expect(mine.officeDays).toEqual(['tue', 'thu']);
    expect(mine.hours.sun).toEqual([{ start: '06:00', end: '22:00' }]);

    userError(
      await cli('schedule', 'set', 'Bo', '--hours', 'weekdays 17:00-09:00', '--office', 'mon'),
      /^rapport: --hours: .*ends before it starts/,
    );
    const bo = await json<{
      person: { id: string; name: string };
      zone: string;
      hours: Record<string, unknown[]>;
      officeDays: string[];
    }>('schedule', 'Bo', '--json');
    expect(bo.person).toEqual({ id: ids['Bo Chen'], name: 'Bo Chen' });
    expect(bo.zone).toBe('America/New_York');
    expect(bo.officeDays).toEqual(['tue']);
    expect(bo.hours.mon).toEqual([{ start: '08:00', end: '20:00' }]);

    userError(await cli('schedule', 'set', '--tz', 'Mars/Olympus'), /not a time zone/);
  });

  it('adds a trip and names the people who live there', async () => {
    const added = ok(
      await cli(
        'trip',
        'add',
        'Lisbon',
        '--tz',
        'Europe/Lisbon',
        '--from',
        'in 10 days',
        '--to',
        'in 12 days',
      ),
    );
    expect(added).toMatch(/^Your trip to Lisbon, /);
    expect(added).toMatch(/Cara Dias — lives in Lisbon/);
    expect(added).not.toMatch(/Bo Chen/);
    const trips = await json<{ city: string; personId: string | null; zone: string }[]>(
      'trip',
      'list',
      '--json',
    );
    expect(trips).toEqual([
      expect.objectContaining({ city: 'Lisbon', personId: null, zone: 'Europe/Lisbon' }),
    ]);
  });

  it('says who is working now, with their local time', async () => {
    const now = await json<{
      now: string;
      you: { working: boolean; localTime: string; zone: string };
      people: { id: string; name: string; localTime: string; zone: string }[];
    }>('now', '--json');
    expect(now.you.zone).toBe('Europe/Berlin');
    expect(now.you.localTime).toBe(wall(now.now, 'Europe/Berlin').time);
    expect(now.you.working).toBe(now.you.localTime >= '06:00' && now.you.localTime < '22:00');
    for (const p of now.people) {
      expect(Object.keys(p).sort()).toEqual(['id', 'localTime', 'name', 'zone']);
      expect(p.localTime).toBe(wall(now.now, p.zone).time);
    }
    const boTime = wall(now.now, 'America/New_York').time;
    const boWorking = boTime >= '08:00' && boTime < '20:00';
    expect(now.people.some((p) => p.name === 'Bo Chen')).toBe(boWorking);
    expect(now.people.some((p) => p.name === 'Pixel')).toBe(false);
  });

  it('finds the next window with someone in another zone', async () => {
    const { person, window } = await json<{
      person: { id: string; name: string };
      window: {
        start: string;
        end: string;
        userLocal: { date: string; start: string; end: string };
        personLocal: { date: string; start: string; end: string };
      } | null;
    }>('window', 'Bo', '--json');
    expect(person.name).toBe('Bo Chen');
    expect(window).not.toBeNull();
    expect(Date.parse(window!.end)).toBeGreaterThan(Date.parse(window!.start));
    expect(window!.userLocal.start).toBe(wall(window!.start, 'Europe/Berlin').time);
    expect(window!.personLocal.start).toBe(wall(window!.start, 'America/New_York').time);
    expect(window!.personLocal.start >= '08:00' && window!.personLocal.end <= '20:00').toBe(true);
    expect(window!.userLocal.start >= '06:00' && window!.userLocal.end <= '22:00').toBe(true);

    const text = ok(await cli('window', 'Bo')).trim();
    expect(text).toMatch(
      /^(Best (today|tomorrow|on .+) between \d\d:\d\d and \d\d:\d\d your time \(\d\d:\d\d–\d\d:\d\d for Bo, \w{3}\)|Now, until \d\d:\d\d your time \(\d\d:\d\d for Bo\))\.$/,
    );
  });

  it('finds meeting slots for two people, in each one’s local time', async () => {
    const { zone, slots } = await json<{ zone: string; slots: Slot[] }>(
      'slots',
      'Bo',
      'Ann',
      '--length',
      '1h',
      '--days',
      '7',
      '--json',
    );
    expect(zone).toBe('Europe/Berlin');
    expect(slots.length).toBeGreaterThan(0);
    for (const [i, slot] of slots.entries()) {
      expect(slot.local).toHaveLength(3);
      expect(slot.local.map((l) => l.id).slice(1)).toEqual([ids['Bo Chen'], ids['Ann Lee']]);
      expect(slot.local.map((l) => l.zone)).toEqual([
        'Europe/Berlin',
        'America/New_York',
        'Europe/Lisbon',
      ]);
      for (const local of slot.local) expect(local).toMatchObject(wall(slot.start, local.zone));
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(60 * 60_000);
      if (i > 0) expect(slot.score).toBeLessThanOrEqual(slots[i - 1]!.score);
    }
    userError(await cli('slots', 'Bo', '--length', '3 days'), /^rapport: --length "3 days"/);
  });

  it('plans office days around a key person of your office who is in on Tuesdays', async () => {
    ok(await cli('schedule', 'set', 'Dee', '--office', 'tue'));
    ok(await cli('schedule', 'set', '--office-city', 'Berlin'));
    const plan = await json<{
      zone: string;
      office: { city: string | null };
      days: { date: string; weekday: string; userOfficeDay: boolean; people: { name: string }[] }[];
    }>('office', 'plan', '--weeks', '2', '--json');
    expect(plan.zone).toBe('Europe/Berlin');
    expect(plan.office.city).toBe('Berlin');
    const tuesdays = plan.days.filter((d) => d.weekday === 'tue');
    expect(tuesdays.length).toBeGreaterThan(0);
    for (const day of plan.days) {
      // Bo works in New York: his Tuesdays in the office there are not a reason to go in here.
      expect(day.people.some((p) => p.name === 'Bo Chen')).toBe(false);
      const deeIn = day.people.some((p) => p.name === 'Dee Vogel');
      expect(deeIn, day.date).toBe(day.weekday === 'tue');
      expect(day.userOfficeDay, day.date).toBe(day.weekday === 'tue' || day.weekday === 'thu');
    }
    // Ranked: a Tuesday (Dee, a key person) comes first, unless a holiday takes it.
    expect(plan.days[0]!.weekday).toBe('tue');
  });

  it('plans office visits and household routines, and lists them by date', async () => {
    userError(
      await cli('office', 'visit', 'add', 'every second Tuesday', '--see', 'Bo'),
      /^rapport: Bo Chen works in America\/New_York, not in your office \(Berlin\)/,
    );
    const visit = ok(await cli('office', 'visit', 'add', 'every second Tuesday', '--see', 'Dee'));
    expect(visit).toMatch(/^Office visit: every second Tuesday to see Dee Vogel · id: /);
    const walk = ok(
      await cli(
        'routine',
        'add',
        'walk the dog',
        '--every',
        'weekdays at 12:30',
        '--with',
        'Pixel',
        '--who',
        'me',
      ),
    );
    expect(walk).toMatch(/^walk the dog: every weekday at 12:30 with Pixel \(you\)/);

    const { occurrences } = await json<{
      occurrences: {
        kind: string;
        title: string;
        date: string;
        start?: string;
        people: string[];
      }[];
    }>('routine', 'upcoming', '--days', '29', '--json');
    const visits = occurrences.filter((o) => o.kind === 'visit');
    expect(visits.length).toBeGreaterThanOrEqual(2);
    for (const [i, v] of visits.entries()) {
      expect(v.people).toEqual(['Dee Vogel']);
      if (i > 0) expect(daysApart(visits[i - 1]!.date, v.date)).toBe(14);
    }
    const walks = occurrences.filter((o) => o.title === 'walk the dog');
    expect(walks.length).toBeGreaterThanOrEqual(15);
    for (const w of walks) {
      expect(w.people).toEqual(['Pixel']);
      expect(wall(w.start!, 'Europe/Berlin')).toEqual({ date: w.date, time: '12:30' });
      expect(new Date(`${w.date}T12:00:00Z`).getUTCDay()).not.toBe(0);
      expect(new Date(`${w.date}T12:00:00Z`).getUTCDay()).not.toBe(6);
    }
  });

  it('sets your office, and refuses an unknown country or a person’s office', async () => {
    const saved = ok(
      await cli(
        'schedule',
        'set',
        '--office-city',
        'Berlin',
        '--office-country',
        'DE',
        '--office-name',
        'Berlin HQ',
      ),
    );
    expect(saved).toMatch(/Office: +Berlin HQ · Berlin, DE/);
    expect(saved).toMatch(/Holidays: +public holidays of DE/);
    userError(await cli('schedule', 'set', '--office-country', 'Atlantis'), /country/);
    const forBo = await cli('schedule', 'set', 'Bo', '--office-city', 'Berlin');
    expect(forBo.code).toBe(2);
    expect(forBo.stderr).toMatch(/^rapport: --office-city is for your own office/);
    const cleared = await json<{ office: { name: string | null } }>(
      'schedule',
      'set',
      '--office-name',
      'none',
      '--json',
    );
    expect(cleared.office.name).toBeNull();
  });

  it('marks one occurrence of a routine done or skipped', async () => {
    const added = await json<{ routine: { id: string } }>(
      'routine',
      'add',
      'water the plants',
      '--every',
      'daily',
      '--json',
    );
    const id = added.routine.id;
    const done = ok(await cli('done', id));
    expect(done).toMatch(/^water the plants: done for .+\. The other dates stay \(every day\)\.$/m);
    const skipped = ok(await cli('routine', 'skip', id.slice(0, 8)));
    expect(skipped).toMatch(/^water the plants: skipped for /);
    const { occurrences } = await json<{
      occurrences: { routineId: string; status?: string }[];
    }>('routine', 'upcoming', '--days', '3', '--json');
    // Today's is done, so "skip" took the next one still open: tomorrow's.
    const mine = occurrences.filter((o) => o.routineId === id).map((o) => o.status ?? null);
    expect(mine).toEqual(['done', 'skipped', null]);
    userError(await cli('routine', 'done', 'nosuchid'), /No routine has the id "nosuchid"/);
  });

  it('prints the calendar and household addresses, and rotates the calendar one', async () => {
    const url = ok(await cli('calendar', 'url')).trim();
    expect(url).toMatch(/^https?:\/\/\S+\.ics$/);
    const rotated = ok(await cli('calendar', 'rotate'))
      .trim()
      .split('\n');
    expect(rotated[0]).toMatch(/^https?:\/\/\S+\.ics$/);
    expect(rotated[0]).not.toBe(url);
    expect(rotated[1]).toMatch(/old address stopped working/);
    expect(ok(await cli('home', 'url')).trim()).toMatch(/^https?:\/\/\S+\/home\/\S+$/);
  });

  it('keeps a person’s named office, shows it, and clears it', async () => {
    const eli = await json<{ id: string; office: string | null }>(
      'person',
      'add',
      'Eli Roth',
      '--city',
      'Berlin',
      '--office',
      'Berlin HQ',
      '--json',
    );
    expect(eli.office).toBe('Berlin HQ');
    expect(ok(await cli('person', 'show', eli.id))).toMatch(/^ +where: +Berlin HQ · Berlin$/m);
    const cleared = await json<{ office: string | null; city: string | null }>(
      'person',
      'edit',
      eli.id,
      '--office',
      '',
      '--json',
    );
    expect(cleared).toMatchObject({ office: null, city: 'Berlin' });
  });
});
