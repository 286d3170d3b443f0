// Issue 13: an import sets plausible last-talked estimates "so cadences start sensibly and do
// not all fall due on the same day", whatever the familiarity and the cadence.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { estimateLastTalked, FAMILIARITIES, type Familiarity } from '../people/familiarity.js';
import { agendaInput, aPerson } from './agenda.factory.js';
import { buildAgenda } from './agenda.js';
import type { AgendaPerson } from './agenda-types.js';

const IMPORT_DAY = '2025-03-13';
const PEOPLE = 30;
const CADENCES = [7, 14, 30, 90];

function dayAfterImport(days: number): string {
  return Temporal.PlainDate.from(IMPORT_DAY).add({ days }).toString();
}

/** Thirty people imported at 10:00 Berlin, as the import stores them. */
function imported(familiarity: Familiarity, cadenceDays: number): AgendaPerson[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const name = `Colleague ${i + 1}`;
    return aPerson({
      name,
      cadenceDays,
      createdAt: `${IMPORT_DAY}T09:00:00Z`,
      lastTalkedEstimate: estimateLastTalked(familiarity, name, IMPORT_DAY),
    });
  });
}

/** Day after the import (0 = the import day) on which each person first shows as due. */
function firstDueDays(people: AgendaPerson[], lastDay: number): Map<string, number> {
  const first = new Map<string, number>();
  for (let day = 0; day <= lastDay && first.size < people.length; day++) {
    const now = `${dayAfterImport(day)}T09:00:00Z`;
    for (const item of buildAgenda(agendaInput({ now, people })).items) {
      if (item.kind === 'due' && !first.has(item.person.id)) first.set(item.person.id, day);
    }
  }
  return first;
}

describe('first due days after an import', () => {
  for (const familiarity of FAMILIARITIES) {
    it.each(CADENCES)(`spreads thirty "${familiarity}" people with cadence %i`, (cadence) => {
      const people = imported(familiarity, cadence);
      const first = firstDueDays(people, 2 * cadence);
      expect(first.size).toBe(PEOPLE);
      const perDay = new Map<number, number>();
      for (const day of first.values()) perDay.set(day, (perDay.get(day) ?? 0) + 1);
      const bound = Math.ceil(PEOPLE / cadence) + 1;
      for (let day = 0; day < cadence; day++) {
        expect(perDay.get(day) ?? 0, `day ${day}`).toBeLessThanOrEqual(bound);
      }
      // A month-later morning with all thirty at once is what the spread is for.
      expect(Math.max(...perDay.values())).toBeLessThanOrEqual(bound);
      if (familiarity === 'rarely') {
        for (const day of first.values()) expect(day).toBeLessThan(cadence);
      }
    });
  }

  it('does not say "since you last talked" about someone never met', () => {
    const people = imported('never-met', 7);
    expect(people.every((person) => person.lastTalkedEstimate === null)).toBe(true);
    const now = `${dayAfterImport(14)}T09:00:00Z`;
    const items = buildAgenda(agendaInput({ now, people })).items;
    expect(items).toHaveLength(PEOPLE);
    for (const item of items) expect(item.why).toBe('Never talked — added 14 days ago');
  });

  it('gives the same days whatever order the people come in', () => {
    const people = imported('now-and-then', 14);
    const forward = firstDueDays(people, 28);
    expect(firstDueDays([...people].reverse(), 28)).toEqual(forward);
  });
});
