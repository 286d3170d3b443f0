import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { aMember, officeHours, pairsOf, referenceWeight, someMembers } from './pairing.factory.js';
import { buildPairingRound } from './round.js';
import type { PairingHistoryRound, PairingInput, PairingMember, PairingRules } from './types.js';

const NOW = '2026-11-23T07:00:00Z'; // Monday morning in Europe
const RULES: PairingRules = {
  groupSize: 2,
  noRepeatRounds: 4,
  onboardingWeeks: 6,
  now: NOW,
  seed: 7,
};

function round(
  members: PairingMember[],
  history: PairingHistoryRound[] = [],
  rules: Partial<PairingRules> = {},
) {
  return buildPairingRound({ members, history, rules: { ...RULES, ...rules } });
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Runs `count` rounds in a row, each seeing the ones before; returns them. */
function rounds(members: PairingMember[], count: number, rules: Partial<PairingRules> = {}) {
  const history: PairingHistoryRound[] = [];
  const out = [];
  for (let r = 0; r < count; r++) {
    const result = round(members, history, { seed: r, ...rules });
    out.push(result);
    history.push({ round: result.round, groups: result.groups.map((g) => g.members) });
  }
  return out;
}

describe('buildPairingRound: pairs', () => {
  it('pairs everyone, with exactly one trio when the count is odd', () => {
    const result = round(someMembers(11, (i) => ({ team: `t${i % 3}` })));
    const sizes = result.groups.map((g) => g.members.length).sort();
    expect(sizes).toEqual([2, 2, 2, 2, 3]);
    expect(result.unpaired).toEqual([]);
    expect(new Set(result.groups.flatMap((g) => g.members)).size).toBe(11);
  });

  it('never repeats a pair met within K rounds when another full matching exists', () => {
    const members = someMembers(4);
    const history = [
      {
        round: 1,
        groups: [
          ['m000', 'm001'],
          ['m002', 'm003'],
        ],
      },
    ];
    const result = round(members, history, { noRepeatRounds: 2 });
    expect(pairsOf(result)).not.toContain(key('m000', 'm001'));
    expect(pairsOf(result)).not.toContain(key('m002', 'm003'));
  });

  it('repeats a recent pair only when it is the only way to group everyone', () => {
    const members = someMembers(4, (i) => (i === 0 ? { excluded: ['m002', 'm003'] } : {}));
    const history = [
      {
        round: 1,
        groups: [
          ['m000', 'm001'],
          ['m002', 'm003'],
        ],
      },
    ];
    const result = round(members, history, { noRepeatRounds: 2 });
    expect(pairsOf(result).sort()).toEqual([key('m000', 'm001'), key('m002', 'm003')]);
    expect(result.groups[0]!.reason).toMatch(/^met last round \(no one else fits\)/);
  });

  it('never repeats a pair over 49 rounds of 50 people (a full round robin)', () => {
    const all = rounds(someMembers(50), 49, { noRepeatRounds: 10 });
    const seen = new Set<string>();
    for (const r of all) {
      expect(r.groups.every((g) => g.members.length === 2)).toBe(true);
      for (const pair of pairsOf(r)) {
        expect(seen.has(pair)).toBe(false);
        seen.add(pair);
      }
    }
    expect(seen.size).toBe((50 * 49) / 2);
  });

  it('pairs people without 30 shared minutes only when both allow async', () => {
    const tokyo = (id: string, allowAsync = false) =>
      aMember({ id, timeZone: 'Asia/Tokyo', allowAsync });
    const newYork = (id: string, allowAsync = false) =>
      aMember({ id, timeZone: 'America/New_York', allowAsync });
    const history = [
      {
        round: 1,
        groups: [
          ['t1', 't2'],
          ['n1', 'n2'],
        ],
      },
    ];
    const strict = round([tokyo('t1'), tokyo('t2'), newYork('n1'), newYork('n2', true)], history);
    expect(pairsOf(strict).sort()).toEqual(['n1|n2', 't1|t2']);
    const relaxed = round(
      [tokyo('t1', true), tokyo('t2', true), newYork('n1', true), newYork('n2', true)],
      history,
    );
    expect(pairsOf(relaxed).every((p) => p.includes('t') && p.includes('n'))).toBe(true);
    expect(relaxed.groups[0]).toMatchObject({ slot: null });
    expect(relaxed.groups[0]!.reason).toContain('async: no shared hours');
  });

  it('never groups people one of them excluded', () => {
    const zones = ['Europe/Berlin', 'Europe/Lisbon', 'America/New_York'];
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 16 }),
        fc.array(fc.tuple(fc.nat(15), fc.nat(15)), { maxLength: 40 }),
        fc.constantFrom<2 | 3 | 4>(2, 3, 4),
        fc.integer(),
        (n, exclusions, groupSize, seed) => {
          const members = someMembers(n, (i) => ({
            timeZone: zones[i % 3]!,
            allowAsync: i % 2 === 0,
            excluded: exclusions
              .filter(([a]) => a === i)
              .map(([, b]) => `m${String(b).padStart(3, '0')}`),
          }));
          const result = round(members, [], { groupSize, seed });
          const banned = new Set(
            members.flatMap((m) => m.excluded.map((other) => key(m.id, other))),
          );
          for (const pair of pairsOf(result)) expect(banned.has(pair)).toBe(false);
          const placed = result.groups.flatMap((g) => g.members).concat(result.unpaired);
          expect(placed.sort()).toEqual(members.map((m) => m.id).sort());
        },
      ),
      { numRuns: 120 },
    );
  });

  it('never puts anyone in the trio two rounds in a row', () => {
    const all = rounds(
      someMembers(9, (i) => ({ team: `t${i % 2}` })),
      30,
      { noRepeatRounds: 2 },
    );
    let previous = new Set<string>();
    for (const r of all) {
      const trios = r.groups.filter((g) => g.members.length === 3);
      expect(trios).toHaveLength(1);
      for (const id of trios[0]!.members) expect(previous.has(id)).toBe(false);
      previous = new Set(trios[0]!.members);
    }
  });
});

describe('buildPairingRound: groups of 3–4', () => {
  it('comes out right-sized for every count', () => {
    for (const groupSize of [3, 4] as const) {
      for (let n = 6; n <= 31; n++) {
        const result = round(
          someMembers(n, (i) => ({ team: `t${i % 4}` })),
          [],
          { groupSize },
        );
        const sizes = result.groups.map((g) => g.members.length);
        expect(sizes.every((s) => s === 3 || s === 4)).toBe(true);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
        const off = sizes.filter((s) => s !== groupSize).length;
        expect(off).toBeLessThanOrEqual(groupSize === 4 ? 3 : 2);
      }
    }
  });

  it('spreads teams and avoids recent repeats by swapping members', () => {
    const members = someMembers(12, (i) => ({ team: `t${i % 3}` }));
    const all = rounds(members, 3, { groupSize: 4, noRepeatRounds: 2 });
    const seen = new Set<string>();
    for (const r of all.slice(0, 2)) for (const pair of pairsOf(r)) seen.add(pair);
    const third = pairsOf(all[2]!);
    expect(third.filter((p) => seen.has(p)).length).toBeLessThanOrEqual(6);
    for (const g of all[0]!.groups) {
      expect(new Set(g.members.map((id) => members.find((m) => m.id === id)!.team)).size).toBe(3);
    }
  });
});

describe('buildPairingRound: weights, reasons, slots', () => {
  it('explains a pair the way a person would', () => {
    const members = [
      aMember({ id: 'ann', team: 'Design', interests: ['Climbing', 'chess'] }),
      aMember({
        id: 'bo',
        team: 'Platform',
        timeZone: 'America/New_York',
        interests: ['climbing'],
      }),
    ];
    const [group] = round(members).groups;
    expect(group!.reason).toBe('never met · 2 h overlap · Design × Platform · both like Climbing');
  });

  it('suggests the next 30 minutes inside both working days, in each local time', () => {
    const members = [
      aMember({ id: 'ann' }),
      aMember({
        id: 'bo',
        timeZone: 'America/New_York',
        workingHours: officeHours('08:30', '16:30'),
      }),
    ];
    const [group] = round(members).groups;
    expect(group!.slot).toEqual({
      start: '2026-11-23T13:30:00Z',
      minutes: 30,
      windowMinutes: 150,
      local: [
        { id: 'ann', timeZone: 'Europe/Berlin', local: '2026-11-23T14:30', weekday: 'mon' },
        { id: 'bo', timeZone: 'America/New_York', local: '2026-11-23T08:30', weekday: 'mon' },
      ],
    });
  });

  it('takes answers into account: "didn\'t" frees the pair, "again" brings it back', () => {
    const members = someMembers(4);
    const pairs = [
      ['m000', 'm001'],
      ['m002', 'm003'],
    ];
    const didnt: PairingHistoryRound[] = [
      {
        round: 1,
        groups: pairs,
        feedback: [
          { from: 'm000', with: 'm001', answer: 'didnt' },
          { from: 'm002', with: 'm003', answer: 'met' },
        ],
      },
    ];
    // m000 can only meet m001; as they did not meet, that is no repeat.
    const picky = members.map((m) => (m.id === 'm000' ? { ...m, excluded: ['m002', 'm003'] } : m));
    const next = round(picky, didnt, { noRepeatRounds: 3 });
    expect(next.groups.find((g) => g.members.includes('m000'))!.reason).toMatch(/^never met/);
    expect(next.groups.find((g) => g.members.includes('m002'))!.reason).toMatch(/^met last round/);
    const again: PairingHistoryRound[] = [
      { round: 1, groups: pairs, feedback: [{ from: 'm000', with: 'm001', answer: 'again' }] },
      {
        round: 2,
        groups: [
          ['m000', 'm002'],
          ['m001', 'm003'],
        ],
      },
      {
        round: 3,
        groups: [
          ['m000', 'm003'],
          ['m001', 'm002'],
        ],
      },
    ];
    const later = round(members, again, { noRepeatRounds: 1 });
    expect(pairsOf(later)).toContain(key('m000', 'm001'));
    expect(later.groups.find((g) => g.members.includes('m000'))!.reason).toMatch(
      /^asked to meet again/,
    );
  });

  it('walks new hires up the ladder: own team first, then across', () => {
    const members = [
      aMember({ id: 'new', team: 'Sales', joinedAt: '2026-11-16' }),
      aMember({ id: 'mate', team: 'Sales' }),
      aMember({ id: 'far', team: 'Design' }),
      aMember({ id: 'far2', team: 'Design' }),
    ];
    const first = round(members);
    expect(pairsOf(first)).toContain(key('mate', 'new'));
    expect(first.groups.find((g) => g.members.includes('new'))!.reason).toContain(
      'welcome to Sales',
    );
    const settled = round(members, [], { now: '2027-03-01T07:00:00Z' });
    expect(pairsOf(settled)).not.toContain(key('mate', 'new'));
  });

  it('is reproducible from the seed, whatever the input order or process zone', () => {
    const members = someMembers(40, (i) => ({
      team: `t${i % 5}`,
      timeZone: ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'][i % 3]!,
      interests: [['chess'], ['jazz'], ['chess', 'jazz'], []][i % 4]!,
      allowAsync: i % 4 === 0,
    }));
    const input: PairingInput = { members, history: [], rules: { ...RULES, seed: 'round-9' } };
    const first = buildPairingRound(input);
    vi.stubEnv('TZ', 'Pacific/Chatham');
    const again = buildPairingRound({ ...input, members: [...members].reverse() });
    vi.unstubAllEnvs();
    expect(again).toEqual(first);
    expect(first.seed).toBe('round-9');
  });

  it('returns the weighted edges it solved, and their exact optimum', () => {
    const members = someMembers(41, (i) => ({
      team: `t${i % 4}`,
      timeZone: ['Europe/Berlin', 'America/New_York'][i % 2]!,
    }));
    const result = round(members);
    const index = new Map([...members.map((m, i) => [m.id, i] as const), ['*', 41] as const]);
    const edges = result.edges.map(
      ([a, b, w]) => [index.get(a)!, index.get(b)!, w] as [number, number, number],
    );
    expect(edges.filter(([, b]) => b === 41).length).toBeGreaterThan(0);
    expect(result.matchingWeight).toBe(String(referenceWeight(edges)));
  });
});
