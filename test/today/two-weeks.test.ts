// Issue 13's two weeks, on SQLite and PostgreSQL, with a clock the test moves: Today is short
// and honest from the first morning. Each morning the user acts on the first cards, as someone
// who trusts the list would. `PRINT_TODAY=1` prints days 1, 7 and 14 as `rapport today` does
// (`PRINT_TODAY=2,9`: the days listed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printAgenda } from '../../src/cli/commands/today';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import {
  actOn,
  berlinTime,
  buildStory,
  type Story,
  storyDate,
  type TodayCardJson,
} from './two-weeks-story';

const WORK_KINDS = new Set(['coworker', 'manager', 'report', 'network']);
// PRINT_TODAY=1 prints days 1, 7 and 14; PRINT_TODAY=2,9 prints the days listed.
const printDays = !process.env.PRINT_TODAY
  ? []
  : process.env.PRINT_TODAY === '1'
    ? [1, 7, 14]
    : process.env.PRINT_TODAY.split(',').map(Number);

describe.each(dialects())('two weeks of Today on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let story: Story;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = berlinTime(0, '19:00');
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin', name: 'Kai Lehmann' });
    story = await buildStory(api, me);
  });
  afterEach(() => db.dispose());

  async function todayAt(day: number, time = '08:30') {
    now = berlinTime(day, time);
    const response = await api.call('GET', '/api/today', { session: me });
    expect(response.status).toBe(200);
    const today = response.body;
    expect(today.date).toBe(storyDate(day));
    checkShort(today.cards);
    expect(today.more).toBe(today.later.length);
    if (printDays.includes(day) && dialect === 'sqlite') {
      process.stdout.write(`\n----- Day ${day}, ${storyDate(day)} ${time} -----\n`);
      printAgenda(response.body);
      if (day !== 1) {
        process.stdout.write(`\n----- rapport today --all, day ${day} -----\n`);
        printAgenda(response.body, { all: true });
      }
    }
    return today;
  }

  /** At most 7 cards, nobody twice, no hello to an imported contact, at most two hellos. */
  function checkShort(cards: TodayCardJson[]) {
    expect(cards.length).toBeLessThanOrEqual(7);
    const people = cards.flatMap((card) => (card.person ? [card.person.id] : []));
    expect(new Set(people).size).toBe(people.length);
    const hellos = cards.filter((card) => card.lines.some((line) => line.kind === 'new'));
    expect(hellos.length).toBeLessThanOrEqual(2);
    for (const card of hellos) expect(story.importedIds.has(card.person!.id)).toBe(false);
  }

  /**
   * On the user's Berlin office day, Today names the Berlin colleagues who are in, each once
   * (on the office card, or on their own card when they have one), and never João, who is in
   * the Lisbon office on the same weekdays; nor does the office plan.
   */
  async function checkOffice(today: Awaited<ReturnType<typeof todayAt>>, day: number) {
    const all = [...today.cards, ...today.later];
    const office = all.filter((card) => card.kind === 'office');
    expect(office.length).toBeLessThanOrEqual(1);
    for (const item of [...office, ...today.items.filter((i) => i.kind === 'office')]) {
      expect(JSON.stringify(item)).not.toContain('João');
    }
    const named = office[0]?.person ? [] : (office[0]?.title.split(': ')[1]?.split(', ') ?? []);
    const ownCards = all
      .filter((card) => card.person && card.why.endsWith('In the office today: talk in person'))
      .map((card) => card.person!.name);
    expect([...named, ...ownCards].sort()).toEqual(['Hanna Berg', 'Mateo Ruiz']);
    // Nobody twice: whoever has a card of their own is not named on the office card too.
    for (const name of named) expect(all.some((card) => card.person?.name === name)).toBe(false);
    const plan = await api.call('GET', '/api/office/plan?weeks=2', { session: me });
    expect(plan.status).toBe(200);
    const days = plan.body.days;
    const joao = story.ids.get('João Silva')!;
    expect(days.length).toBeGreaterThan(0);
    for (const planned of days) expect(planned.people.map((p) => p.id)).not.toContain(joao);
    const mateo = story.ids.get('Mateo Ruiz')!;
    const thisDay = days.find((planned) => planned.date === storyDate(day));
    expect(thisDay?.people.map((p) => p.id)).toContain(mateo);
  }

  const isWork = (card: TodayCardJson) =>
    card.person !== null &&
    WORK_KINDS.has(story.kindOf.get(card.person.id) ?? '') &&
    card.lines.every((line) => line.kind !== 'date');

  it('is short and useful on day 1, holds work on Sundays, and respects holidays', async () => {
    // Day 1, Monday morning: the real work leads; no imported contact is a hello.
    const day1 = await todayAt(1);
    expect(day1.cards).toHaveLength(7);
    expect(day1.more).toBeGreaterThan(0);
    const titles = day1.cards.map((card) => card.title);
    expect(titles).toContain('Reply to Lena Vogel');
    expect(titles).toContain('Check in with Dana Brooks');
    expect(day1.cards.some((card) => card.lines.some((l) => l.kind === 'promise'))).toBe(true);
    expect(isWork(day1.cards[0]!)).toBe(true);
    // Of three people marked new, two hellos today; the third can wait.
    expect(day1.cards.filter((card) => card.kind === 'new')).toHaveLength(2);
    expect(day1.later.some((card) => card.kind === 'new')).toBe(true);
    // No imported contact is a first contact, even among the items that can wait.
    const importedNew = day1.items.filter(
      (item) => item.kind === 'new' && story.importedIds.has(item.person.id),
    );
    expect(importedNew).toEqual([]);
    // The 22 came in through the import, each with an estimate and none of them new.
    expect(story.importedIds.size).toBe(22);
    // Every card on the first morning is something to do, with someone named.
    for (const card of day1.cards) {
      expect(card.person ?? card.kind === 'office').toBeTruthy();
      expect(card.title).not.toBe('');
    }
    await actOn(api, me, day1.cards, now);

    for (let day = 2; day <= 14; day++) {
      const time = day === 7 ? '21:00' : '08:30';
      if (day === 14) {
        // Mateo wrote on Friday evening; it can wait for Monday.
        const reply = await api.call('POST', '/api/replies', {
          session: me,
          body: {
            personId: story.ids.get('Mateo Ruiz')!,
            text: 'His weekend message about the release date',
            since: berlinTime(12, '18:30').toISOString(),
          },
        });
        expect(reply.status).toBe(201);
      }
      const today = await todayAt(day, time);
      // Tuesdays and Thursdays are the user's office days in Berlin.
      if ([2, 4, 9, 11].includes(day)) await checkOffice(today, day);
      const dayOff = [6, 7, 13, 14].includes(day);
      if (dayOff) {
        // Sunday (even Sunday night) does not lead with work; work waits for Monday.
        if (today.cards.length > 0) expect(isWork(today.cards[0]!)).toBe(false);
        const heldWork = today.later.filter((card) => card.heldUntil && isWork(card));
        for (const card of heldWork) {
          expect(card.note).toBe('Held until Monday');
          expect(card.heldUntil).toBe(storyDate(day === 6 || day === 13 ? day + 2 : day + 1));
        }
        if (day === 7 || day === 14) expect(heldWork.length).toBeGreaterThan(0);
      } else {
        expect(today.later.every((card) => !card.note?.startsWith('Held until'))).toBe(true);
      }
      if (day === 9) {
        // 8 December in Lisbon: João is due, but not suggested on his public holiday.
        const joao = story.ids.get('João Silva')!;
        expect(today.items.some((i) => i.kind === 'due' && i.person.id === joao)).toBe(true);
        expect(today.cards.some((card) => card.person?.id === joao)).toBe(false);
        expect(today.later).toContainEqual(
          expect.objectContaining({
            person: { id: joao, name: 'João Silva' },
            heldUntil: storyDate(10),
            note: expect.stringMatching(/^It’s .+ in Portugal today$/),
          }),
        );
      }
      await actOn(api, me, today.cards, now, dayOff ? 2 : 3);
    }
  });
});
