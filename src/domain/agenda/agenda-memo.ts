// What buildAgenda may keep from one call to the next for the same user. A person's own items
// (due, new, upcoming dates, and whether they are hidden) depend only on that person, the day
// (the user's and the person's), the horizon, the user's zone and interests, and the person's
// first-due slot, which depends only on who else was added the same day with the same cadence.
// None of that moves with the minute or with a write to someone else. So after a write to one
// person, or a minute later, only what changed is built again: the rest is taken from here.
//
// Kept by the person objects themselves: a caller that passes a memo promises never to change a
// person object it has passed (the app's agenda source replaces the object of a person whose
// rows changed and keeps the others). With that promise, buildAgenda answers exactly what it
// answers without a memo; the property test in agenda-memo.test.ts holds it to that.
import type { AgendaItem, AgendaPerson } from './agenda-types.js';
import type { AgendaMoment, Draft } from './draft.js';

/** A person's own part of the agenda. */
export interface PersonDrafts {
  hidden: boolean;
  drafts: Draft[];
}

interface Kept extends PersonDrafts {
  day: object;
  slot: number | undefined;
  personToday: number;
}

export class AgendaMemo {
  /** The day-level input the kept drafts were built for, and a token that changes with it. */
  private daySignature = '';
  private dayToken: object = {};
  private readonly perPerson = new WeakMap<AgendaPerson, Kept>();
  private readonly composed = new WeakMap<Draft, AgendaItem>();
  private lastSlots:
    | { zone: string; people: readonly AgendaPerson[]; slots: Map<string, number> }
    | undefined;

  /** Starts a call: forgets every person's drafts when the day-level input changed. */
  begin(moment: AgendaMoment): void {
    const signature = [
      moment.today,
      moment.horizonDays,
      moment.userClock.zone,
      ...moment.userInterests,
    ].join('\n');
    if (signature === this.daySignature) return;
    this.daySignature = signature;
    this.dayToken = {};
  }

  /**
   * The first-due slots of `people`, computed again only when someone came, left, or changed
   * the day they were added or their cadence (the only inputs of a slot), or the zone changed.
   */
  slots(
    people: readonly AgendaPerson[],
    moment: AgendaMoment,
    compute: () => Map<string, number>,
  ): Map<string, number> {
    const last = this.lastSlots;
    if (last && last.zone === moment.userClock.zone && sameSlotInput(last.people, people)) {
      last.people = people;
      return last.slots;
    }
    const slots = compute();
    this.lastSlots = { zone: moment.userClock.zone, people, slots };
    return slots;
  }

  person(
    person: AgendaPerson,
    moment: AgendaMoment,
    slot: number | undefined,
    build: () => PersonDrafts,
  ): PersonDrafts {
    const personToday = moment.todayIn(person.timeZone);
    const kept = this.perPerson.get(person);
    if (
      kept &&
      kept.day === this.dayToken &&
      kept.slot === slot &&
      kept.personToday === personToday
    ) {
      return kept;
    }
    const fresh = build();
    this.perPerson.set(person, { ...fresh, day: this.dayToken, slot, personToday });
    return fresh;
  }

  /** A draft's words are composed once: a kept draft is the same draft with the same words. */
  item(draft: Draft, compose: (draft: Draft) => AgendaItem): AgendaItem {
    let item = this.composed.get(draft);
    if (!item) {
      item = compose(draft);
      this.composed.set(draft, item);
    }
    return item;
  }
}

function sameSlotInput(before: readonly AgendaPerson[], now: readonly AgendaPerson[]): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    const a = before[i]!;
    const b = now[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.createdAt !== b.createdAt || a.cadenceDays !== b.cadenceDays) {
      return false;
    }
  }
  return true;
}
