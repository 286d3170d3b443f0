// How overdue each person is, for the People list's default order.
import type { Person } from './api/people-types';
import { daysSince } from './zoned-time';

/**
 * Days past the cadence (negative: days to go). Never contacted counts from when they were
 * added; no cadence (or paused) means never overdue.
 */
export function overdueDays(person: Person, zone: string, now: Date = new Date()): number | null {
  if (person.cadenceDays === null || person.paused) return null;
  const since = daysSince(person.lastInteractionAt ?? person.createdAt, zone, now);
  return since - person.cadenceDays;
}

export type SortOrder = 'overdue' | 'name';

export function sortPeople(people: Person[], order: SortOrder, zone: string): Person[] {
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);
  if (order === 'name') return [...people].sort(byName);
  const now = new Date();
  const overdue = new Map(people.map((person) => [person.id, overdueDays(person, zone, now)]));
  return [...people].sort((a, b) => {
    const x = overdue.get(a.id) ?? null;
    const y = overdue.get(b.id) ?? null;
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return y - x || byName(a, b);
  });
}
