import { agoPhrase, cadencePhrase } from '../language/phrasing.js';
import { nameHash } from '../people/familiarity.js';
import { isWorkKind } from '../people/person-kind.js';
import { requireIsoDate } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import type { AgendaPerson } from './agenda-types.js';
import { type AgendaMoment, type Draft, roundScore } from './draft.js';
import { importanceOf } from './importance.js';
import { conversationStarters } from './starters.js';

/**
 * A person marked new (`newSince`) gets a first-contact item for this many days, until the
 * first logged conversation. Being added to Rapport, or imported, does not make anyone new.
 */
export const NEW_PERSON_DAYS = 30;

// Urgency grows linearly up to one cadence late, then slower and slower, and stops at
// eight cadences late: by then the order should follow who matters most, not who has been
// neglected longest.
const MAX_OVERDUE_POINTS = 25;

function overduePoints(ratio: number): number {
  return ratio <= 1 ? 10 * ratio : Math.min(MAX_OVERDUE_POINTS, 10 + 5 * Math.log2(ratio));
}

/** Where "days since you last talked" counts from, and how sure that is. */
type Since =
  | { source: 'logged'; day: number }
  | { source: 'estimate'; day: number }
  | { source: 'added'; day: number };

function sinceOf(person: AgendaPerson, moment: AgendaMoment): Since {
  const last = person.lastInteraction;
  if (last) return { source: 'logged', day: moment.userClock.localEpochDay(epochMsOf(last.at)) };
  if (person.lastTalkedEstimate) {
    return { source: 'estimate', day: requireIsoDate(person.lastTalkedEstimate, 'last talked') };
  }
  return { source: 'added', day: addedDay(person, moment) };
}

function addedDay(person: AgendaPerson, moment: AgendaMoment): number {
  return moment.userClock.localEpochDay(epochMsOf(person.createdAt));
}

/**
 * Where each person stands among the people added on the same day with the same cadence, as a
 * fraction in [0, 1): their rank by a hash of their id over the size of that group. People
 * alone in their group get none. An import adds many people on one day, each with a guessed
 * (or no) last talk; a hash of each id alone would still pile three or four on some days, the
 * rank spreads them evenly, and it depends only on who was added that day with that cadence,
 * so it does not move as time passes or conversations are logged.
 */
export function firstDueSlots(
  people: readonly AgendaPerson[],
  moment: AgendaMoment,
): Map<string, number> {
  const groups = new Map<string, AgendaPerson[]>();
  for (const person of people) {
    if (!person.cadenceDays || person.cadenceDays <= 0) continue;
    const key = `${addedDay(person, moment)}/${person.cadenceDays}`;
    const group = groups.get(key);
    if (group) group.push(person);
    else groups.set(key, [person]);
  }
  const slots = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ranked = group
      .map((person) => ({ id: person.id, hash: nameHash(person.id) }))
      .sort((a, b) => a.hash - b.hash || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ranked.forEach(({ id }, rank) => {
      slots.set(id, rank / ranked.length);
    });
  }
  return slots;
}

/**
 * The first day the person is due. After a logged conversation: one cadence after it. Before
 * one, the earliest day is one cadence after the estimate of the last talk (but not before
 * they were added), or one cadence after they were added when there is no estimate; a person
 * with a slot is then moved to the first day at or after it that lies `slot` of a cadence
 * after a whole number of cadences from the day they were added. People imported together
 * thus fall due on different days, about 1/cadence of them a day, whatever their estimates.
 */
function firstDueDay(
  since: Since,
  cadence: number,
  added: number,
  slot: number | undefined,
): number {
  if (since.source === 'logged') return since.day + cadence;
  const earliest =
    since.source === 'estimate' ? Math.max(since.day + cadence, added) : added + cadence;
  if (slot === undefined) return earliest;
  const offset = Math.floor(slot * cadence);
  const behind = (((earliest - added - offset) % cadence) + cadence) % cadence;
  return behind === 0 ? earliest : earliest + cadence - behind;
}

/**
 * The "due" or "new" item for a person, or null. New: the person was marked new (joined the
 * user's work life) in the last 30 days and nothing was logged with them yet. Due: once the
 * user-calendar days since the last logged conversation reach the cadence; before the first
 * log, counted from the user's estimate of the last talk, else from when the person was added,
 * and spread by `slot` (see firstDueSlots) so that a fresh import does not fall due all at once.
 * At most one of the two.
 */
export function contactDraft(
  person: AgendaPerson,
  moment: AgendaMoment,
  slot?: number,
): Draft | null {
  const never = person.lastInteraction === null && person.interactionCount === 0;
  const starters = (lead: string[], firstContact: boolean) =>
    conversationStarters(person, {
      todayEpochDay: moment.today,
      userInterests: moment.userInterests,
      firstContact,
      lead,
      dayOf: (instant) => moment.userClock.localEpochDay(epochMsOf(instant)),
    });

  const newFor =
    never && person.newSince ? moment.today - requireIsoDate(person.newSince, 'new since') : -1;
  if (newFor >= 0 && newFor < NEW_PERSON_DAYS) {
    return {
      kind: 'new',
      personId: person.id,
      personName: person.name,
      score: roundScore(40 + 15 * importanceOf(person.kind, person.key)),
      compose: () => ({
        title: `Say hello to ${person.name}`,
        why: `New — introduce yourself (joined ${agoPhrase(newFor)})`,
        starters: starters(['Introduce yourself and what you work on'], true),
      }),
    };
  }

  const cadence = person.cadenceDays;
  const since = sinceOf(person, moment);
  if (cadence === null || cadence <= 0) return null;
  const late = moment.today - firstDueDay(since, cadence, addedDay(person, moment), slot);
  if (late < 0) return null;
  const days = Math.max(0, moment.today - since.day);
  const weight = importanceOf(person.kind, person.key);
  return {
    kind: 'due',
    personId: person.id,
    personName: person.name,
    score: roundScore(30 + 20 * weight + overduePoints(late / cadence)),
    lateDays: late,
    compose: () => ({
      title: `${DUE_VERB[person.kind] ?? 'Reach out to'} ${person.name}`,
      why: dueWhy(since, days, cadence, never && isWorkKind(person.kind)),
      starters: starters([], never && since.source === 'added'),
    }),
  };
}

// One "reaches out" to a friend or a co-worker, not to the partner one lives with.
const DUE_VERB: Partial<Record<AgendaPerson['kind'], string>> = {
  manager: 'Check in with',
  partner: 'Make time for',
};

function dueWhy(since: Since, days: number, cadence: number, neverAtWork: boolean): string {
  const aim = `you aim for ${cadencePhrase(cadence)}`;
  if (since.source === 'logged') return `Last talked ${agoPhrase(days)} — ${aim}`;
  if (since.source === 'estimate') {
    return `${roughly(days)} since you last talked (your estimate) — ${aim}`;
  }
  return `${neverAtWork ? 'Never talked' : 'Nothing logged yet'} — added ${agoPhrase(days)}`;
}

/** "About 3 weeks", "About 2 months": an estimate should not sound more precise than it is. */
export function roughly(days: number): string {
  if (days < 2) return 'A day or so';
  if (days < 11) return `About ${days} days`;
  if (days < 60) return `About ${Math.round(days / 7)} weeks`;
  if (days < 365) return `About ${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return years === 1 ? 'About a year' : `About ${years} years`;
}
