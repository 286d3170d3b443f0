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
//
// Checking 5,000 kept entries one by one cost about as much as building half of them (a CPU
// profile put most of it in loading each entry's fields), so a call first decides for everyone
// at once: when the day-level input, the slots and the day in every zone seen are the same as
// in the last call, a person found at the same place as then is taken without a look.
import type { AgendaItem, AgendaPerson } from './agenda-types.js';
import type { AgendaMoment, Draft } from './draft.js';

/** A person's own part of the agenda. */
export interface PersonDrafts {
  hidden: boolean;
  drafts: Draft[];
}

type Build = (person: AgendaPerson, moment: AgendaMoment, slot: number | undefined) => PersonDrafts;

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
  /** The last call's people, what was kept for each at their place, and the day by zone. */
  private lastPeople: readonly AgendaPerson[] = [];
  private lastKept: Kept[] = [];
  private lastZoneDays = new Map<string | null, number>();
  private nextKept: Kept[] = [];
  private nextZoneDays = new Map<string | null, number>();
  /** Whether this call may take a person at their last place without a look. */
  private unchanged = false;

  /**
   * Starts a call over `people`: forgets every person's drafts when the day-level input
   * changed, and returns the first-due slots, computed again only when someone came, left, or
   * changed the day they were added or their cadence (a slot's only inputs), or the zone moved.
   */
  begin(
    people: readonly AgendaPerson[],
    moment: AgendaMoment,
    computeSlots: () => Map<string, number>,
  ): Map<string, number> {
    const signature = [
      moment.today,
      moment.horizonDays,
      moment.userClock.zone,
      ...moment.userInterests,
    ].join('\n');
    const sameDay = signature === this.daySignature;
    if (!sameDay) {
      this.daySignature = signature;
      this.dayToken = {};
    }
    const last = this.lastSlots;
    const sameSlots =
      last !== undefined &&
      last.zone === moment.userClock.zone &&
      sameSlotInput(last.people, people);
    if (!sameSlots) {
      this.lastSlots = { zone: moment.userClock.zone, people, slots: computeSlots() };
    } else last.people = people;
    this.unchanged = sameDay && sameSlots && sameZoneDays(this.lastZoneDays, moment);
    this.nextKept = new Array(people.length);
    this.nextZoneDays = this.unchanged ? new Map(this.lastZoneDays) : new Map();
    return this.lastSlots!.slots;
  }

  /** The drafts of the person at place `at`: kept, or built with `build` and kept. */
  drafts(
    at: number,
    person: AgendaPerson,
    moment: AgendaMoment,
    slots: Map<string, number>,
    build: Build,
  ): PersonDrafts {
    if (this.unchanged && this.lastPeople[at] === person) {
      const kept = this.lastKept[at]!;
      this.nextKept[at] = kept;
      return kept;
    }
    const slot = slots.get(person.id);
    const personToday = moment.todayIn(person.timeZone);
    this.nextZoneDays.set(person.timeZone, personToday);
    let kept = this.perPerson.get(person);
    if (
      kept === undefined ||
      kept.day !== this.dayToken ||
      kept.slot !== slot ||
      kept.personToday !== personToday
    ) {
      kept = { ...build(person, moment, slot), day: this.dayToken, slot, personToday };
      this.perPerson.set(person, kept);
    }
    this.nextKept[at] = kept;
    return kept;
  }

  /** Ends the call: its people are where the next call looks first. */
  end(people: readonly AgendaPerson[]): void {
    this.lastPeople = people;
    this.lastKept = this.nextKept;
    this.lastZoneDays = this.nextZoneDays;
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

function sameZoneDays(days: Map<string | null, number>, moment: AgendaMoment): boolean {
  for (const [zone, day] of days) if (moment.todayIn(zone) !== day) return false;
  return true;
}
