// Dates as address books write them: vCard's 19850412 / 1985-04-12 / --0412, Apple's year 1604
// for "no year", Google's --04-12, Outlook's 4/12/1985 (and 0/0/00 for none), LinkedIn's
// "12 Nov 2024". Anything else is not a date.
import { isValidYearlyDate } from '../index';
import type { ContactDate } from './contact-candidate';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

export interface DateOptions {
  /** Apple writes dates without a year in this year and says so (X-APPLE-OMIT-YEAR=1604). */
  omitYear?: number | null;
}

/** A yearly date from what an address book wrote, or null when it is not one. */
export function parseContactDate(raw: string | null | undefined, options: DateOptions = {}) {
  const text = (raw ?? '').trim();
  if (!text) return null;
  const date = readDate(text);
  if (!date) return null;
  if (date.year !== null && (date.year === options.omitYear || !plausibleYear(date.year))) {
    // 1604 (Apple), 0000, 1900 placeholders and the like: the year was not known.
    date.year = null;
  }
  return isValidYearlyDate(date) ? date : null;
}

// Apple's 1604, zeros and far-off years mean "unknown"; 1900 is Outlook's and Android's filler.
const plausibleYear = (year: number) => year > 1900 && year <= 2200;

function readDate(text: string): ContactDate | null {
  let match = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (match) return ymd(null, match[1]!, match[2]!);
  // ISO forms, with or without dashes, optionally followed by a time that is ignored.
  match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (match) return ymd(match[1]!, match[2]!, match[3]!);
  // 4/12/1985, 04/12/85, 12.04.1985: month first unless the first number cannot be a month.
  match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[3])];
    if (a === 0 || b === 0) return null;
    const year = fullYear(match[4]!);
    const dayFirst = match[2] === '.' || a > 12;
    return dayFirst ? { month: b, day: a, year } : { month: a, day: b, year };
  }
  return readWordDate(text);
}

/** "12 Nov 2024", "November 12, 2024", "Nov 12" (English month names). */
function readWordDate(text: string): ContactDate | null {
  const words = text.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return null;
  const monthIndex = words.findIndex((w) => /^[a-z]{3,}\.?$/.test(w));
  if (monthIndex === -1) return null;
  const monthWord = words[monthIndex]!.replace('.', '');
  const month = MONTHS.findIndex((m) => monthWord.startsWith(m)) + 1;
  if (month === 0) return null;
  const numbers = words.filter((_, i) => i !== monthIndex);
  if (!numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
  const day = numbers.find((n) => n.length <= 2);
  const year = numbers.find((n) => n.length === 4);
  if (!day || numbers.length !== (year ? 2 : 1)) return null;
  return { month, day: Number(day), year: year ? Number(year) : null };
}

function ymd(year: string | null, month: string, day: string): ContactDate {
  return { year: year === null ? null : Number(year), month: Number(month), day: Number(day) };
}

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const short = Number(text);
  const century = short > (new Date().getUTCFullYear() % 100) + 1 ? 1900 : 2000;
  return century + short;
}

/** "1985-04-12", or "--04-12" without a year: the text Rapport's birthday field takes. */
export function formatContactDate(date: ContactDate): string {
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${md}` : `${String(date.year).padStart(4, '0')}-${md}`;
}
