// Public holidays, by country, from date-holidays (a maintained offline calendar of ~200 countries
// and their regions). People type their country as they like ("Portugal", "PT", "pt"); when it is
// missing, the country is inferred from their time zone, which is nearly always set. The library
// (a megabyte of rules) loads on first use, not at start-up; the build keeps it out of the bundle.
import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';

type Holidays = HolidaysType;
let HolidaysClass: typeof HolidaysType | null = null;
function newHolidays(country?: string, opts?: { types: string[] }): Holidays {
  HolidaysClass ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysType;
  // biome-ignore lint/suspicious/noExplicitAny: the library's overloads take (country, opts) too
  return new (HolidaysClass as any)(country, opts);
}

export interface PublicHoliday {
  /** `YYYY-MM-DD` on the country's own calendar. */
  date: string;
  /** The holiday's name in English where the library has it, else its own language. */
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
}

let countryIndex: Map<string, string> | null = null;
let zoneIndex: Map<string, string> | null = null;
const calendars = new Map<string, Holidays>();
const years = new Map<string, Map<string, string>>();

function countries(): Map<string, string> {
  if (countryIndex) return countryIndex;
  countryIndex = new Map();
  const names = newHolidays().getCountries('en') as Record<string, string>;
  const english = new Intl.DisplayNames('en', { type: 'region' });
  for (const [code, name] of Object.entries(names)) {
    countryIndex.set(code.toLowerCase(), code);
    countryIndex.set(name.toLowerCase(), code);
    const alias = english.of(code);
    if (alias) countryIndex.set(alias.toLowerCase(), code);
  }
  for (const [alias, code] of COMMON_ALIASES) countryIndex.set(alias, code);
  return countryIndex;
}

const COMMON_ALIASES: [string, string][] = [
  ['usa', 'US'],
  ['united states', 'US'],
  ['uk', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['deutschland', 'DE'],
  ['españa', 'ES'],
  ['brasil', 'BR'],
  ['méxico', 'MX'],
  ['holland', 'NL'],
  ['the netherlands', 'NL'],
];

/** The ISO code for what a person typed as their country, or null when it is not a country. */
export function countryCode(country: string | null | undefined): string | null {
  if (!country) return null;
  return countries().get(country.trim().toLowerCase()) ?? null;
}

/** The country a time zone belongs to (Europe/Lisbon → PT), or null (UTC, Etc/…). */
export function countryOfZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  if (!zoneIndex) {
    zoneIndex = new Map();
    // The library's raw data lists each country's zones: reading it is far cheaper than
    // building a calendar for each of ~200 countries (seconds, on every CLI start).
    newHolidays();
    const { data } = createRequire(import.meta.url)('date-holidays/data') as {
      data: { holidays: Record<string, { zones?: string[] }> };
    };
    for (const [code, country] of Object.entries(data.holidays)) {
      for (const tz of country.zones ?? []) {
        if (!zoneIndex.has(tz)) zoneIndex.set(tz, code);
      }
    }
  }
  return zoneIndex.get(zone) ?? null;
}

/** The country to take holidays from: the typed country, else the time zone's. */
export function holidayCountry(
  country: string | null | undefined,
  zone: string | null | undefined,
): string | null {
  return countryCode(country) ?? countryOfZone(zone);
}

function calendarOf(code: string): Holidays {
  let calendar = calendars.get(code);
  if (!calendar) {
    calendar = newHolidays(code, { types: ['public'] });
    calendars.set(code, calendar);
  }
  return calendar;
}

/** The public holiday on `isoDate` in `country` (an ISO code from `holidayCountry`), or null. */
export function publicHolidayOn(country: string | null, isoDate: string): PublicHoliday | null {
  if (!country) return null;
  const year = isoDate.slice(0, 4);
  const key = `${country}:${year}`;
  let days = years.get(key);
  if (!days) {
    days = new Map();
    for (const holiday of calendarOf(country).getHolidays(Number(year), 'en') ?? []) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      if (!days.has(date)) days.set(date, holiday.name);
    }
    years.set(key, days);
  }
  const name = days.get(isoDate);
  return name ? { date: isoDate, name, country } : null;
}
