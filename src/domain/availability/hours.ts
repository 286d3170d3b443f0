import { DomainInputError } from '../input-error.js';
import { formatClockTime, readClockTime, requireClockTime } from './clock-time.js';
import { WEEKDAYS, type WeeklyHours } from './types.js';
import { readDayIndexes } from './weekdays.js';

/** A stretch of a local day as [start, end) minutes since midnight, end ≤ 1440. */
export type MinuteRange = readonly [number, number];

const CODE = 'invalid_hours';
const EXAMPLE = '"mon-fri 09:00-17:30; sat 10:00-12:00"';
// Segments end at ";", a new line, or a comma between a time and the next day's name
// ("mon-fri 9-17, sat 10-12"); commas between times or between days stay inside a segment.
const SEGMENT_BREAK =
  /[;\n]+|(?<=\d|\dh|[ap]\.?m\.?|\bnoon|\bmidday|\bmidnight|\boff|\bclosed)\s*,\s*(?=(?!noon|midday|midnight)[a-z])/i;
const TIMES_START = /\d|\b(?:noon|midday|midnight|off|closed)\b/i;

/** Working hours with no working time at all. */
export function noHours(): WeeklyHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

/**
 * Reads hours typed as "mon-fri 09:00-17:30; sat 10:00-12:00, 13:00-15:00". Segments end at
 * ";", a new line or a comma before a day; a later segment replaces the hours of the days it names, so
 * "mon-fri 09:00-17:00; wed 09:00-12:00" shortens Wednesday. Unnamed days are off; "off"
 * alone means no working hours.
 */
export function parseHours(text: string): WeeklyHours {
  const hours = noHours();
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') throw new DomainInputError(CODE, `Type working hours, like ${EXAMPLE}.`);
  if (trimmed.length > 1000) throw new DomainInputError(CODE, 'Those working hours are too long.');
  if (/^(?:off|none|closed)$/i.test(trimmed)) return hours;
  for (const segment of trimmed.split(SEGMENT_BREAK)) {
    const part = segment.trim();
    if (part === '') continue;
    const cut = part.search(TIMES_START);
    const dayText = (cut < 0 ? part : part.slice(0, cut)).trim().replace(/:$/, '');
    const timeText = cut < 0 ? '' : part.slice(cut).trim();
    if (dayText === '') {
      throw new DomainInputError(CODE, `Say which days "${part}" is for, like ${EXAMPLE}.`);
    }
    if (timeText === '') {
      throw new DomainInputError(CODE, `Give the hours for "${dayText}", like ${EXAMPLE}.`);
    }
    const ranges = readRanges(timeText);
    for (const index of readDayIndexes(dayText, CODE)) {
      hours[WEEKDAYS[index]!] = ranges.map(([start, end]) => ({
        start: formatClockTime(start),
        end: formatClockTime(end),
      }));
    }
  }
  return hours;
}

function readRanges(text: string): MinuteRange[] {
  if (/^(?:off|closed)$/i.test(text)) return [];
  const ranges: MinuteRange[] = [];
  for (const item of text.split(/\s*(?:,|\band\b)\s*/i)) {
    if (item === '') continue;
    const pieces = item.replace(/[–—]/g, '-').split(/\s*(?:-|\bto\b|\buntil\b|\btill\b)\s*/i);
    if (pieces.length === 1) {
      throw new DomainInputError(CODE, `"${item}" needs an end time, like 09:00-17:30.`);
    }
    const start = pieces.length === 2 ? readClockTime(pieces[0]!) : null;
    const end = pieces.length === 2 ? readClockTime(pieces[1]!, true) : null;
    if (start === null || end === null) {
      throw new DomainInputError(
        CODE,
        `"${item}" is not a time range; use 24-hour times like 09:00-17:30.`,
      );
    }
    if (end <= start) {
      throw new DomainInputError(
        CODE,
        `"${item}" ends before it starts; split a shift past midnight, like "mon 22:00-24:00; tue 00:00-02:00".`,
      );
    }
    ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1]) {
      throw new DomainInputError(CODE, `The hours in "${text}" overlap.`);
    }
  }
  return mergeRanges(ranges);
}

/** Sorted ranges with touching ones joined: 09:00-12:00 and 12:00-13:00 become 09:00-13:00. */
function mergeRanges(sorted: MinuteRange[]): MinuteRange[] {
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Validated minute ranges per weekday (index 0 = Monday), sorted and merged. */
export function compileHours(hours: WeeklyHours): MinuteRange[][] {
  if (typeof hours !== 'object' || hours === null) {
    throw new DomainInputError(CODE, 'Working hours are missing.');
  }
  return WEEKDAYS.map((day) => {
    const ranges = (hours[day] ?? []).map((range): MinuteRange => {
      const start = requireClockTime(range?.start, `start on ${day}`);
      const end = requireClockTime(range?.end, `end on ${day}`, true);
      if (end <= start) {
        throw new DomainInputError(
          CODE,
          `On ${day}, ${range.start}-${range.end} ends before it starts.`,
        );
      }
      return [start, end];
    });
    return mergeRanges(ranges.sort((a, b) => a[0] - b[0]));
  });
}

/** Hours as compact text: "mon-fri 09:00-17:30; sat 10:00-12:00, 13:00-15:00", or "off". */
export function formatHours(hours: WeeklyHours): string {
  const groups = new Map<string, number[]>();
  for (const [index, ranges] of compileHours(hours).entries()) {
    if (ranges.length === 0) continue;
    const text = ranges.map(([s, e]) => `${formatClockTime(s)}-${formatClockTime(e)}`).join(', ');
    groups.set(text, [...(groups.get(text) ?? []), index]);
  }
  if (groups.size === 0) return 'off';
  return [...groups].map(([text, days]) => `${formatDayList(days)} ${text}`).join('; ');
}

// Runs of three or more days become "mon-wed"; shorter runs are listed: "sat, sun".
function formatDayList(days: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${WEEKDAYS[days[i]!]}-${WEEKDAYS[days[j]!]}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAYS[days[k]!]!);
    i = j + 1;
  }
  return parts.join(', ');
}
