// Selecting, ranking and grouping accomplishments, shared by every credit document.

import { DomainInputError } from '../input-error.js';
import { epochDayFromIsoDate } from '../time/epoch-day.js';
import { requireDay } from './dates.js';
import type { Accomplishment, PeriodRange } from './types.js';

/** The bucket name for entries without a project (a project literally called "Other" joins it). */
export const OTHER_PROJECT = 'Other';

/** A project and its entries; `project` is null for the Other bucket. */
export interface ProjectGroup {
  project: string | null;
  entries: Accomplishment[];
}

/** Start and end of a period as epoch days, validated (start ≤ end). */
export function periodDays(period: PeriodRange): { start: number; end: number } {
  const start = requireDay(period.start, 'period.start');
  const end = requireDay(period.end, 'period.end');
  if (start > end) {
    throw new DomainInputError('invalid_range', `The period starts after it ends.`);
  }
  return { start, end };
}

/** Whether a `YYYY-MM-DD` date lies in [start, end]; an invalid date throws. */
export function dateIn(date: string, start: number, end: number, field: string): boolean {
  const day = requireDay(date, field);
  return day >= start && day <= end;
}

/** The accomplishments dated inside the period, oldest first (then by title). */
export function entriesInPeriod(
  accomplishments: readonly Accomplishment[],
  period: PeriodRange,
): Accomplishment[] {
  const { start, end } = periodDays(period);
  return accomplishments
    .filter((entry) => dateIn(entry.date, start, end, `The date of "${entry.title}"`))
    .sort(byDateThenTitle);
}

/** Oldest first, then title, then id: a stable order for lists. */
export function byDateThenTitle(a: Accomplishment, b: Accomplishment): number {
  return compare(a.date, b.date) || compare(a.title, b.title) || compare(a.id, b.id);
}

/** Whether an entry states an impact. */
export function hasImpact(entry: Accomplishment): boolean {
  return clean(entry.impact) !== '';
}

// Quantified impact ("30%", "2 days") beats stated impact, which beats detail or evidence.
function weight(entry: Accomplishment): number {
  const impact = clean(entry.impact);
  if (impact) return /\d/.test(impact) ? 3 : 2;
  return clean(entry.detail) || entry.links.some((link) => link.trim()) ? 1 : 0;
}

/** Most impactful first: quantified impact, stated impact, detail or links; then newest. */
export function byImpact(a: Accomplishment, b: Accomplishment): number {
  return (
    weight(b) - weight(a) ||
    compare(dayOf(b), dayOf(a)) ||
    compare(a.title, b.title) ||
    compare(a.id, b.id)
  );
}

// A project shows in its most used spelling; ties go to the first in code-unit order.
/** Groups by project, ignoring case and spacing: most entries first, then by name, Other last. */
export function groupByProject(entries: readonly Accomplishment[]): ProjectGroup[] {
  const groups = new Map<string, ProjectGroup & { spellings: Map<string, number> }>();
  for (const entry of entries) {
    const name = projectName(entry.project);
    const key = name === null ? '' : name.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { project: name, entries: [], spellings: new Map() };
      groups.set(key, group);
    }
    group.entries.push(entry);
    if (name !== null) group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ project, entries, spellings }) => ({
      project:
        project === null
          ? null
          : [...spellings].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0],
      entries,
    }))
    .sort(
      (a, b) =>
        Number(a.project === null) - Number(b.project === null) ||
        b.entries.length - a.entries.length ||
        compare((a.project ?? '').toLowerCase(), (b.project ?? '').toLowerCase()),
    );
}

/** A project's display name, or null for none (or "Other"). */
export function projectName(project: string | null): string | null {
  const name = clean(project);
  return name === '' || name.toLowerCase() === OTHER_PROJECT.toLowerCase() ? null : name;
}

/** Trimmed text with whitespace collapsed; '' for null. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Plain code-unit comparison: the same order on every host, whatever its locale. */
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayOf(entry: Accomplishment): number {
  return epochDayFromIsoDate(entry.date.trim()) ?? Number.NEGATIVE_INFINITY;
}
