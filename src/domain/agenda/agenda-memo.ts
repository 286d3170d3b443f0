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
// in the last call, only the places whose person object changed are looked at, and the rest of
// the list's drafts are copied from the last call's, a run of pointers.
import type { AgendaItem, AgendaPerson } from './agenda-types.js';
import type { AgendaMoment, Draft } from './draft.js';

/** A person's own part of the agenda. */
export interface PersonDrafts {
  hidden: boolean;
  drafts: Draft[];
}

/** Everyone's own part: their drafts in list order, who is hidden, and where each id is. */
export interface PeopleDrafts {
  drafts: Draft[];
  hidden: ReadonlySet<string>;
  placeOf: ReadonlyMap<string, number>;
}

type Build = (person: AgendaPerson, moment: AgendaMoment, slot: number | undefined) => PersonDrafts;

interface Kept extends PersonDrafts {
  day: object;
  slot: number | undefined;
  personToday: number;
}

interface Last {
  people: readonly AgendaPerson[];
  /** `drafts` of the person at place i are flat[starts[i]] up to flat[starts[i + 1]]. */
  flat: Draft[];
  starts: Int32Array;
  hidden: Set<string>;
  zoneDays: Map<string | null, number>;
}

export class AgendaMemo {
  /** The day-level input the kept drafts were built for, and a token that changes with it. */
  private daySignature = '';
  private dayToken: object = {};
  private readonly perPerson = new WeakMap<AgendaPerson, Kept>();
  private readonly composed = new WeakMap<Draft, AgendaItem>();
  private lastSlots:
    | {
        zone: string;
        people: readonly AgendaPerson[];
        slots: Map<string, number>;
        placeOf: Map<string, number>;
      }
    | undefined;
  private last: Last | undefined;

  /**
   * Everyone's own drafts for this call. Slots are computed again only when someone came,
   * left, or changed the day they were added or their cadence (a slot's only inputs), or the
   * zone moved; a person's drafts only when their object, the day, their slot or their day
   * changed.
   */
  people(
    people: readonly AgendaPerson[],
    moment: AgendaMoment,
    computeSlots: () => Map<string, number>,
    build: Build,
  ): PeopleDrafts {
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
    const kept = this.lastSlots;
    const sameSlots =
      kept !== undefined &&
      kept.zone === moment.userClock.zone &&
      sameSlotInput(kept.people, people);
    const slots = sameSlots
      ? { ...kept, people }
      : {
          zone: moment.userClock.zone,
          people,
          slots: computeSlots(),
          placeOf: new Map(people.map((person, at) => [person.id, at])),
        };
    this.lastSlots = slots;
    const last = this.last;
    const unchanged =
      last !== undefined && sameDay && sameSlots && sameZoneDays(last.zoneDays, moment);
    const next = unchanged
      ? this.patched(last, people, moment, slots.slots, build)
      : this.built(people, moment, slots.slots, build);
    this.last = next;
    return { drafts: [...next.flat], hidden: next.hidden, placeOf: slots.placeOf };
  }

  /** Everyone looked at. */
  private built(
    people: readonly AgendaPerson[],
    moment: AgendaMoment,
    slots: Map<string, number>,
    build: Build,
  ): Last {
    const next: Last = {
      people,
      flat: [],
      starts: new Int32Array(people.length + 1),
      hidden: new Set(),
      zoneDays: new Map(),
    };
    for (let at = 0; at < people.length; at++) {
      const own = this.own(people[at]!, moment, slots, build, next.zoneDays);
      next.starts[at] = next.flat.length;
      if (own.hidden) next.hidden.add(people[at]!.id);
      for (const draft of own.drafts) next.flat.push(draft);
    }
    next.starts[people.length] = next.flat.length;
    return next;
  }

  /** Only the places whose person object changed are looked at; the rest is copied. */
  private patched(
    last: Last,
    people: readonly AgendaPerson[],
    moment: AgendaMoment,
    slots: Map<string, number>,
    build: Build,
  ): Last {
    const changed: number[] = [];
    for (let at = 0; at < people.length; at++) if (last.people[at] !== people[at]) changed.push(at);
    if (changed.length === 0) return { ...last, people };
    const next: Last = {
      people,
      flat: [],
      starts: new Int32Array(people.length + 1),
      hidden: new Set(last.hidden),
      zoneDays: new Map(last.zoneDays),
    };
    let from = 0;
    for (const at of changed) {
      copyRun(last, next, from, at);
      const person = people[at]!;
      const own = this.own(person, moment, slots, build, next.zoneDays);
      next.starts[at] = next.flat.length;
      next.hidden.delete(person.id);
      if (own.hidden) next.hidden.add(person.id);
      for (const draft of own.drafts) next.flat.push(draft);
      from = at + 1;
    }
    copyRun(last, next, from, people.length);
    next.starts[people.length] = next.flat.length;
    return next;
  }

  /** One person's drafts: kept for their object, or built with `build` and kept. */
  private own(
    person: AgendaPerson,
    moment: AgendaMoment,
    slots: Map<string, number>,
    build: Build,
    zoneDays: Map<string | null, number>,
  ): Kept {
    const slot = slots.get(person.id);
    const personToday = moment.todayIn(person.timeZone);
    zoneDays.set(person.timeZone, personToday);
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
    return kept;
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

/** Places `from` up to `to` (exclusive) of the last call, unchanged: their drafts as they were. */
function copyRun(last: Last, next: Last, from: number, to: number): void {
  const shift = next.flat.length - last.starts[from]!;
  for (let at = from; at < to; at++) next.starts[at] = last.starts[at]! + shift;
  for (let i = last.starts[from]!; i < last.starts[to]!; i++) next.flat.push(last.flat[i]!);
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
