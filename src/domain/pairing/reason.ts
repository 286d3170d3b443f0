// Why a group was formed, in words a person would use, and when it could meet.
import { DAY_MS } from '../time/epoch-day.js';
import { zoneClockFor } from '../time/zone-clock.js';
import { MIN_SHARED_MINUTES, type PairFacts, type PairScorer } from './pair-score.js';
import type { Roster } from './roster.js';
import type { PairingSlot } from './types.js';
import { longestSpan, sharedWeek, WEEKDAYS, weekBase } from './working-time.js';

const MINUTE_MS = 60_000;
const SLOT_MINUTES = 30;
const SLOT_STEP_MINUTES = 15;

/** "45 min", "2 h", "2 h 30". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} & ${items[items.length - 1]}`;
}

function recencyText(facts: PairFacts): string {
  if (facts.recent)
    return `met ${facts.roundsAgo === 1 ? 'last round' : `${facts.roundsAgo} rounds ago`} (no one else fits)`;
  if (facts.roundsAgo === null) return 'never met';
  if (facts.again) return 'asked to meet again';
  return `last met ${facts.roundsAgo} rounds ago`;
}

/** "never met · 2 h 30 overlap · Design × Platform · both like climbing". */
export function pairReason(scorer: PairScorer, i: number, j: number): string {
  const { roster } = scorer;
  const facts = scorer.facts(i, j);
  const parts = [recencyText(facts)];
  parts.push(
    facts.async ? 'async: no shared hours' : `${durationText(facts.sharedMinutes)} overlap`,
  );
  const teams = [roster.members[i]!.team, roster.members[j]!.team];
  if (facts.sameTeam && facts.welcome) parts.push(`welcome to ${teams[0]}`);
  else if (!facts.sameTeam) parts.push(`${teams[0]} × ${teams[1]}`);
  if (facts.interests.length > 0) {
    parts.push(
      `both like ${listText(facts.interests.slice(0, 3).map((x) => roster.interestLabel[x]!))}`,
    );
  }
  return parts.join(' · ');
}

/** "new to each other · 1 h shared · 3 teams · Ann & Bo both like chess" for 3–4 people. */
export function groupReason(
  scorer: PairScorer,
  group: readonly number[],
  trioJoiner?: number,
): string {
  const { roster } = scorer;
  const name = (i: number) => roster.ids[i]!;
  let never = 0;
  let recent = 0;
  let pairs = 0;
  const likes = new Map<number, number[]>();
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const facts = scorer.facts(group[x]!, group[y]!);
      pairs++;
      if (facts.roundsAgo === null) never++;
      if (facts.recent) recent++;
      for (const interest of facts.interests) {
        const who = likes.get(interest) ?? [];
        for (const member of [group[x]!, group[y]!]) if (!who.includes(member)) who.push(member);
        likes.set(interest, who);
      }
    }
  }
  const parts: string[] = [];
  if (trioJoiner !== undefined) parts.push(`${name(trioJoiner)} joins as the third`);
  parts.push(never === pairs ? 'new to each other' : `${never} of ${pairs} pairs never met`);
  if (recent > 0) parts.push(`${recent} met recently (no one else fits)`);
  const shared = longestSpan(sharedWeek(group.map((i) => roster.weeks[i]!)));
  parts.push(
    shared >= MIN_SHARED_MINUTES ? `${durationText(shared)} shared` : 'async: no shared hours',
  );
  const teams = new Set(group.map((i) => roster.members[i]!.team));
  if (teams.size > 1) parts.push(`${teams.size} teams`);
  const top = [...likes].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0];
  if (top) {
    const [interest, who] = top;
    const label = roster.interestLabel[interest]!;
    parts.push(
      who.length === group.length
        ? `all like ${label}`
        : `${listText(who.map(name))} ${who.length === 2 ? 'both ' : ''}like ${label}`,
    );
  }
  return parts.join(' · ');
}

/** The first 30 minutes of the group's next shared window, starting on a quarter hour. */
export function nextSlot(
  roster: Roster,
  group: readonly number[],
  nowMs: number,
): PairingSlot | null {
  const shared = sharedWeek(group.map((i) => roster.weeks[i]!));
  const step = SLOT_STEP_MINUTES * MINUTE_MS;
  const base = weekBase(nowMs);
  for (let k = 0; k < shared.length; k += 2) {
    const startMs = Math.ceil((base + shared[k]! * MINUTE_MS) / step) * step;
    const endMs = base + shared[k + 1]! * MINUTE_MS;
    const windowMinutes = Math.floor((endMs - startMs) / MINUTE_MS);
    if (windowMinutes < SLOT_MINUTES) continue;
    return {
      start: new Date(startMs).toISOString().replace('.000Z', 'Z'),
      minutes: SLOT_MINUTES,
      windowMinutes,
      local: group.map((i) => {
        const wall = zoneClockFor(roster.zones[i]!).wallMs(startMs);
        const day = Math.floor(wall / DAY_MS);
        const iso = new Date(wall).toISOString();
        return {
          id: roster.ids[i]!,
          timeZone: roster.zones[i]!,
          local: iso.slice(0, 16),
          weekday: WEEKDAYS[(((day + 3) % 7) + 7) % 7]!,
        };
      }),
    };
  }
  return null;
}
