import { agoPhrase, cadencePhrase } from '../language/phrasing.js';
import { isWorkKind } from '../people/person-kind.js';
import { epochMsOf } from '../time/instant.js';
import type { AgendaPerson } from './agenda-types.js';
import { type NearDate, upcomingHint } from './date-items.js';
import { type AgendaMoment, type Draft, roundScore } from './draft.js';
import { importanceOf } from './importance.js';
import { conversationStarters } from './starters.js';

/** People added fewer than this many days ago, and never contacted, get a first-contact item. */
export const NEW_PERSON_DAYS = 14;

// Urgency grows linearly up to one cadence late, then slower and slower, and stops at
// eight cadences late: by then the order should follow who matters most, not who has been
// neglected longest.
const MAX_OVERDUE_POINTS = 25;

function overduePoints(ratio: number): number {
  return ratio <= 1 ? 10 * ratio : Math.min(MAX_OVERDUE_POINTS, 10 + 5 * Math.log2(ratio));
}

/**
 * The "due" or "new" item for a person, or null: due once the user-calendar days since the
 * last conversation (or since they were added) reach the cadence; new when a work contact was
 * added in the last 14 days and never contacted. At most one of the two per person.
 */
export function contactDraft(
  person: AgendaPerson,
  moment: AgendaMoment,
  nearest: NearDate | undefined,
): Draft | null {
  const last = person.lastInteraction;
  const since = last ? last.at : person.createdAt;
  const days = Math.max(0, moment.today - moment.userClock.localEpochDay(epochMsOf(since)));
  const never = last === null && person.interactionCount === 0;
  const starters = (lead: string[]) =>
    conversationStarters(person, {
      todayEpochDay: moment.today,
      userInterests: moment.userInterests,
      upcoming: nearest ? upcomingHint(nearest) : null,
      firstContact: never,
      lead,
    });

  if (never && days < NEW_PERSON_DAYS && isWorkKind(person.kind)) {
    return {
      kind: 'new',
      personId: person.id,
      personName: person.name,
      score: roundScore(40 + 15 * importanceOf(person.kind, person.key)),
      compose: () => ({
        title: `Say hello to ${person.name}`,
        why: `New — introduce yourself (added ${agoPhrase(days)})`,
        starters: starters(['Introduce yourself and what you work on']),
      }),
    };
  }

  const cadence = person.cadenceDays;
  if (cadence === null || cadence <= 0 || days < cadence) return null;
  const weight = importanceOf(person.kind, person.key);
  return {
    kind: 'due',
    personId: person.id,
    personName: person.name,
    score: roundScore(30 + 20 * weight + overduePoints((days - cadence) / cadence)),
    compose: () => ({
      title: `${person.kind === 'manager' ? 'Check in with' : 'Reach out to'} ${person.name}`,
      why: last
        ? `Last talked ${agoPhrase(days)} — you aim for ${cadencePhrase(cadence)}`
        : `${never && isWorkKind(person.kind) ? 'Never talked' : 'Nothing logged yet'} — added ${agoPhrase(days)}`,
      starters: starters([]),
    }),
  };
}
