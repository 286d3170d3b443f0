import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { aSchedule } from './availability.factory.js';
import { type OfficePlanPerson, officePlan } from './office-plan.js';
import type { Weekday } from './types.js';

const user = aSchedule('Europe/London', 'mon-fri 09:00-17:30', ['tue', 'thu']);
// Monday 9 June 2025, 11:00 in London.
const now = '2025-06-09T10:00:00Z';

function person(
  id: string,
  officeDays: Weekday[],
  extra: Partial<OfficePlanPerson> = {},
  zone = 'Europe/London',
): OfficePlanPerson {
  return {
    id,
    name: id,
    schedule: aSchedule(zone, 'mon-fri 09:00-17:00', officeDays),
    key: false,
    due: false,
    city: null,
    ...extra,
  };
}

describe('officePlan', () => {
  const visit = { city: 'London', zone: 'Europe/London', from: '2025-06-11', to: '2025-06-11' };
  const people = [
    person('Ada', ['tue'], { key: true, due: true, city: 'London' }),
    person('Bo', ['wed', 'thu'], { key: true }),
    person('Cy', ['thu'], { due: true }),
    person('Di', ['mon']),
    person('Ed', ['mon'], { schedule: null }),
    person('Fu', ['fri'], { key: true, city: 'Tokyo' }, 'Asia/Tokyo'),
    {
      ...person('Gil', []),
      schedule: aSchedule('America/New_York', 'mon-fri 09:00-17:00', [], [visit]),
    },
  ];

  it('ranks the working days by who is in: key and due count more', () => {
    const plan = officePlan({ now, weeks: 1, user, people, city: 'London, UK' });
    expect(plan.map((d) => [d.date, d.weekday, d.score, d.userOfficeDay])).toEqual([
      ['2025-06-12', 'thu', 7, true],
      ['2025-06-10', 'tue', 6, true],
      ['2025-06-11', 'wed', 5, false],
      ['2025-06-09', 'mon', 1, false],
      ['2025-06-13', 'fri', 0, false],
    ]);
    expect(plan[0]!.people).toEqual([
      { id: 'Bo', name: 'Bo', why: 'key' },
      { id: 'Cy', name: 'Cy', why: 'due for a catch-up' },
    ]);
    expect(plan[1]!.people).toEqual([{ id: 'Ada', name: 'Ada', why: 'key · due for a catch-up' }]);
    expect(plan[2]!.people.map((p) => p.why)).toEqual(['key', 'visiting London']);
    expect(plan[3]!.people).toEqual([{ id: 'Di', name: 'Di', why: 'in the office' }]);
  });

  it('leaves out people whose zone says they are elsewhere when no city is given', () => {
    // Fu works in Tokyo: without the user's office city, the Tokyo clock still says so.
    const plan = officePlan({ now, weeks: 1, user, people });
    const friday = plan.find((d) => d.weekday === 'fri')!;
    expect(friday.people).toEqual([]);
    expect(plan.find((d) => d.weekday === 'wed')!.people.map((p) => p.id)).toEqual(['Bo']);
  });

  it('never proposes a day to see someone of another office city or named office', () => {
    // A Berlin user; João works from Lisbon with no zone of his own recorded.
    const berlin = aSchedule('Europe/Berlin', 'mon-fri 09:00-17:30', ['tue']);
    const colleagues = [
      person('João', ['wed'], { key: true, due: true, city: 'Lisboa' }, 'Europe/Berlin'),
      person('Lena', ['tue'], { city: 'Berlin', office: 'Berlin HQ' }, 'Europe/Berlin'),
      person('Tobias', ['thu'], { city: 'Berlin', office: 'Kreuzberg hub' }, 'Europe/Berlin'),
      person('Mateo', ['thu'], { city: 'Berlin' }, 'Europe/Berlin'),
    ];
    const plan = officePlan({
      now,
      weeks: 1,
      user: berlin,
      people: colleagues,
      city: 'Berlin',
      office: 'berlin  hq',
    });
    const seen = plan.flatMap((d) => d.people.map((p) => p.id));
    expect(seen).not.toContain('João');
    expect(seen).not.toContain('Tobias');
    expect(plan.find((d) => d.weekday === 'tue')!.people.map((p) => p.id)).toEqual(['Lena']);
    expect(plan.find((d) => d.weekday === 'thu')!.people.map((p) => p.id)).toEqual(['Mateo']);
  });

  it("skips the user's public holidays and people on theirs", () => {
    // Thursday 19 June 2025 is Corpus Christi, a holiday in Portugal but not in the UK.
    const lisbon = { ...aSchedule('Europe/Lisbon', 'mon-fri 09:00-17:30'), holidays: 'PT' };
    const dates = officePlan({ now, weeks: 2, user: lisbon, people: [] }).map((d) => d.date);
    expect(dates).not.toContain('2025-06-19');
    expect(dates).not.toContain('2025-06-10'); // Portugal Day
    expect(dates).toContain('2025-06-18');
    const inLisbon = {
      ...person('Rui', ['thu'], { city: 'London' }, 'Europe/Lisbon'),
      schedule: { ...aSchedule('Europe/Lisbon', 'mon-fri 09:00-17:00', ['thu']), holidays: 'PT' },
    };
    const plan = officePlan({ now, weeks: 2, user, people: [inLisbon], city: 'London' });
    expect(plan.find((d) => d.date === '2025-06-12')!.people.map((p) => p.id)).toEqual(['Rui']);
    expect(plan.find((d) => d.date === '2025-06-19')!.people).toEqual([]);
  });

  it("reads each person's office day on their own calendar", () => {
    // Kiritimati's Monday 10:00 is Pago Pago's Sunday 09:00 (a day behind on the same clock).
    const islander = aSchedule('Pacific/Kiritimati', 'mon-fri 09:00-17:00');
    // Both give the same office city, so the different clocks do not say "elsewhere".
    const pago = [person('Pat', ['sun'], { city: 'Atoll' }, 'Pacific/Pago_Pago')];
    const plan = officePlan({
      now: '2025-06-08T19:00:00Z',
      weeks: 1,
      user: islander,
      people: pago,
      city: 'Atoll',
    });
    expect(plan.find((d) => d.weekday === 'mon')!.people.map((p) => p.id)).toEqual(['Pat']);
    expect(plan.filter((d) => d.score > 0)).toHaveLength(1);
  });

  it('drops today once its hours are over, and days the user travels', () => {
    const trip = { city: 'Paris', zone: 'Europe/Paris', from: '2025-06-17', to: '2025-06-18' };
    const traveller = { ...user, trips: [trip] };
    const dates = officePlan({ now: '2025-06-09T17:00:00Z', weeks: 2, user: traveller, people: [] })
      .map((d) => d.date)
      .sort();
    expect(dates[0]).toBe('2025-06-10');
    expect(dates).not.toContain('2025-06-17');
    expect(dates).not.toContain('2025-06-18');
    expect(dates).toHaveLength(7);
  });

  it('refuses a bad number of weeks', () => {
    expect(() => officePlan({ now, weeks: 0, user, people: [] })).toThrow(DomainInputError);
  });

  // How fast is measured in bench/, not here: a timed assertion fails on a busy machine.
  it('plans two weeks for 300 people in four zones, every working day with its people', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    const crowd = Array.from({ length: 300 }, (_, i) =>
      person(
        `p${i}`,
        i % 2 ? ['tue', 'thu'] : ['mon', 'wed'],
        { key: i % 7 === 0, due: i % 3 === 0 },
        zones[i % 4],
      ),
    );
    const plan = officePlan({ now, weeks: 2, user, people: crowd });
    expect(plan).toHaveLength(10);
    expect(plan.filter((day) => day.weekday === 'fri').every((day) => day.score === 0)).toBe(true);
    const best = plan[0]!;
    expect(best.people.length).toBeGreaterThan(0);
    expect(best.score).toBe(Math.max(...plan.map((day) => day.score)));
  });
});
