import { DomainInputError } from '../input-error.js';
import { isoDateFromEpochDay, requireIsoDate } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import { epochDayIn, isValidTimeZone, requireTimeZone } from '../time/time-zone.js';
import { zoneClockFor } from '../time/zone-clock.js';
import type { AgendaMemo, PeopleDrafts, PersonDrafts } from './agenda-memo.js';
import type {
  Agenda,
  AgendaInput,
  AgendaItem,
  AgendaItemKind,
  AgendaPerson,
} from './agenda-types.js';
import { contactDraft, firstDueSlots } from './contact-items.js';
import { candidateDayKeys, dateDrafts, nearDates } from './date-items.js';
import type { AgendaMoment, Draft } from './draft.js';
import { milestoneDraft, promiseDraft, replyDraft } from './obligation-items.js';

/** Days ahead the agenda looks for dates when the caller does not say. */
export const DEFAULT_HORIZON_DAYS = 7;
/** Items kept when the caller does not say: a day's worth, with room to spare. */
export const DEFAULT_AGENDA_LIMIT = 50;
const MAX_HORIZON_DAYS = 366;

const KIND_ORDER: Record<AgendaItemKind, number> = {
  reply: 0,
  promise: 1,
  date: 2,
  milestone: 3,
  due: 4,
  new: 5,
};
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The Today agenda: whom to reach out to and why, ranked by score. Paused people and people
 * snoozed past today get no due, new, date or milestone items; replies and promises to them
 * stay, because those are owed regardless. With a memo (agenda-memo.ts), what did not change
 * since the memo's last call is taken from it instead of being built again.
 */
export function buildAgenda(input: AgendaInput, memo?: AgendaMemo): Agenda {
  const moment = momentOf(input);
  // Over everyone, hidden or not, so that pausing one person does not move another's day.
  const computeSlots = () => firstDueSlots(input.people, moment);
  const own = memo
    ? memo.people(input.people, moment, computeSlots, personDrafts)
    : everyonesDrafts(input.people, moment, computeSlots());
  const drafts = own.drafts;
  const hidden = own.hidden;
  // Only replies, promises and career news look people up.
  const personOf = (id: string) => {
    const at = own.placeOf.get(id);
    return at === undefined ? undefined : input.people[at];
  };
  for (const reply of input.owedReplies) {
    push(drafts, replyDraft(reply, personOf(reply.personId), moment));
  }
  for (const promise of input.promises) {
    push(drafts, promiseDraft(promise, personOf(promise.personId), moment));
  }
  for (const event of input.careerEvents) {
    if (hidden.has(event.personId)) continue;
    push(drafts, milestoneDraft(event, personOf(event.personId), moment));
  }

  const kept = ranked(drafts, input.limit === undefined ? DEFAULT_AGENDA_LIMIT : input.limit);
  return {
    date: isoDateFromEpochDay(moment.today),
    zone: moment.userClock.zone,
    items: kept.map((draft) => (memo ? memo.item(draft, toItem) : toItem(draft))),
    total: drafts.length,
  };
}

/** Everyone's own drafts, without a memo. */
function everyonesDrafts(
  people: readonly AgendaPerson[],
  moment: AgendaMoment,
  slots: Map<string, number>,
): PeopleDrafts {
  const drafts: Draft[] = [];
  const hidden = new Set<string>();
  const placeOf = new Map<string, number>();
  people.forEach((person, at) => {
    placeOf.set(person.id, at);
    const own = personDrafts(person, moment, slots.get(person.id));
    if (own.hidden) hidden.add(person.id);
    for (const draft of own.drafts) drafts.push(draft);
  });
  return { drafts, hidden, placeOf };
}

const NOTHING: PersonDrafts = { hidden: false, drafts: [] };
const HIDDEN: PersonDrafts = { hidden: true, drafts: [] };

/** A person's own items: a reach-out (due or new) and their dates coming up. */
function personDrafts(
  person: AgendaPerson,
  moment: AgendaMoment,
  slot: number | undefined,
): PersonDrafts {
  if (isHidden(person, moment.today)) return HIDDEN;
  const near = person.dates.length > 0 ? nearDates(person, moment) : [];
  // A date coming up is a line of its own on the person's card, so the reach-out does not
  // mention it again.
  const contact = contactDraft(person, moment, slot);
  if (!contact && near.length === 0) return NOTHING;
  const drafts = contact ? [contact] : [];
  if (near.length > 0) drafts.push(...dateDrafts(person, near, moment));
  return { hidden: false, drafts };
}

function momentOf(input: AgendaInput): AgendaMoment {
  const zone = requireTimeZone(input.userZone, 'userZone');
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
    throw new DomainInputError(
      'invalid_horizon',
      `horizonDays must be a whole number from 1 to ${MAX_HORIZON_DAYS}.`,
    );
  }
  if (input.limit != null && (!Number.isInteger(input.limit) || input.limit < 0)) {
    throw new DomainInputError('invalid_limit', 'limit must be a whole number, 0 or more.');
  }
  const nowMs = epochMsOf(input.now);
  const userClock = zoneClockFor(zone);
  const today = userClock.localEpochDay(nowMs);
  // One Temporal lookup per distinct zone, not per person.
  const zoneToday = new Map<string, number>();
  return {
    nowMs,
    today,
    horizonDays,
    userClock,
    userInterests: input.userInterests ?? [],
    candidateDayKeys: candidateDayKeys(today, horizonDays),
    todayIn(personZone) {
      if (!personZone) return today;
      let day = zoneToday.get(personZone);
      if (day === undefined) {
        day = isValidTimeZone(personZone) ? epochDayIn(personZone, input.now) : today;
        zoneToday.set(personZone, day);
      }
      return day;
    },
  };
}

function isHidden(person: AgendaPerson, today: number): boolean {
  if (person.paused) return true;
  return person.snoozedUntil !== null && requireIsoDate(person.snoozedUntil, 'snooze date') > today;
}

// With a limit, everything below the limit-th best score is dropped before the full sort:
// a native numeric sort of the scores is far cheaper than comparing thousands of items.
function ranked(drafts: Draft[], limit: number | null): Draft[] {
  if (limit === null || limit >= drafts.length) return drafts.sort(compareDrafts);
  if (limit === 0) return [];
  // A plain loop: Float64Array.from with a mapping function was most of this function's time.
  const scores = new Float64Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) scores[i] = drafts[i]!.score;
  scores.sort();
  const threshold = scores[scores.length - limit]!;
  return drafts
    .filter((draft) => draft.score >= threshold)
    .sort(compareDrafts)
    .slice(0, limit);
}

function compareDrafts(a: Draft, b: Draft): number {
  return (
    b.score - a.score ||
    collator.compare(a.personName, b.personName) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareStrings(a.personId, b.personId) ||
    compareStrings(a.refId ?? '', b.refId ?? '')
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toItem(draft: Draft): AgendaItem {
  const { title, why, starters } = draft.compose();
  const item: AgendaItem = {
    kind: draft.kind,
    person: { id: draft.personId, name: draft.personName },
    title,
    why,
    score: draft.score,
    starters,
  };
  if (draft.refId !== undefined) item.refId = draft.refId;
  if (draft.lateDays !== undefined) item.lateDays = draft.lateDays;
  return item;
}

function push(drafts: Draft[], draft: Draft | null): void {
  if (draft) drafts.push(draft);
}
