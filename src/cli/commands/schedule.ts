// `rapport schedule [NAME]` shows a working week (yours, or a person's); `rapport schedule set
// [NAME] --tz ZONE --hours "mon-fri 09:00-17:30" --office tue,thu` changes it, and for the user
// `--office-city Berlin --office-country DE --office-name "Berlin HQ"` says where the office is.
import type { Command } from 'commander';
import type { WeeklyHours } from '../../domain/availability/index';
import type { ApiClient } from '../api-client';
import type { Person } from '../api-types';
import { withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { resolvePerson } from '../people-resolver';
import { requireZone } from '../when';
import {
  dayLabel,
  hoursText,
  localOf,
  readHours,
  readWeekdays,
  type ScheduleJson,
  type TripJson,
} from './time-shared';

interface SetFlags {
  tz?: string;
  hours?: string;
  office?: string;
  officeCity?: string;
  officeCountry?: string;
  officeName?: string;
  json?: boolean;
}

const OFFICE_FLAGS = [
  ['officeCity', '--office-city'],
  ['officeCountry', '--office-country'],
  ['officeName', '--office-name'],
] as const;
const NONE_WORDS = /^(?:none|clear|-)$/i;

/** What the API says of a person's schedule; nulls mean "assumed" (your zone, 09:00–17:00). */
interface PersonScheduleJson {
  person: { id: string; name: string };
  zone: string | null;
  hours: WeeklyHours | null;
  officeDays: string[];
  trips: { id: string; city: string; zone: string; from: string; to: string }[];
}

type PersonWithSchedule = Person & { officeDays?: string[] };

const DEFAULT_WORDS = /^(?:default|reset|none|mine)$/i;

function printSchedule(
  who: string,
  view: {
    zone: string | null;
    hours: WeeklyHours | null;
    officeDays: string[];
    trips: { city: string; zone: string; from: string; to: string }[];
    office?: ScheduleJson['office'];
    holidays?: string | null;
  },
  userZone: string,
) {
  const zone = view.zone ?? userZone;
  const now = localOf(new Date().toISOString(), zone).time;
  printLine(who);
  printLine(`  Zone:         ${zone}${view.zone ? '' : ' (yours; none set)'} · ${now} there now`);
  printLine(
    `  Hours:        ${view.hours ? hoursText(view.hours) : 'mon-fri 09:00-17:00 (assumed; none set)'}`,
  );
  printLine(`  Office days:  ${view.officeDays.length ? view.officeDays.join(', ') : 'none'}`);
  if (view.office) {
    const { city, country, name } = view.office;
    const place = [name, [city, country].filter(Boolean).join(', ')].filter(Boolean).join(' · ');
    printLine(`  Office:       ${place || 'not set (--office-city CITY)'}`);
  }
  if (view.holidays !== undefined) {
    printLine(`  Holidays:     ${view.holidays ? `public holidays of ${view.holidays}` : 'none'}`);
  }
  if (view.trips.length === 0) return;
  printLine('  Trips:');
  for (const t of [...view.trips].sort((a, b) => a.from.localeCompare(b.from))) {
    printLine(`    ${t.city}, ${dayLabel(t.from)} – ${dayLabel(t.to)} (${t.zone})`);
  }
}

async function personView(
  client: ApiClient,
  person: PersonWithSchedule,
): Promise<PersonScheduleJson> {
  const { trips } = await client.request<{ trips: TripJson[] }>('GET', '/api/trips');
  return {
    person: { id: person.id, name: person.name },
    zone: person.timeZone,
    hours: (person.workingHours as WeeklyHours | null | undefined) ?? null,
    officeDays: person.officeDays ?? [],
    trips: trips
      .filter((t) => t.personId === person.id)
      .map(({ id, city, zone, from, to }) => ({ id, city, zone, from, to })),
  };
}

export function registerSchedule(program: Command) {
  const schedule = program
    .command('schedule')
    .argument('[name...]', 'whose schedule (default: yours)')
    .description('show a working week: zone, hours, office days, trips (or `schedule set`)')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { schedule: mine } = await client.request<{ schedule: ScheduleJson }>(
          'GET',
          '/api/schedule',
        );
        if (words.length === 0) {
          if (options.json) return printJson(mine);
          return printSchedule('Your schedule', mine, mine.zone);
        }
        const person = (await resolvePerson(client, words.join(' '))) as PersonWithSchedule;
        const view = await personView(client, person);
        if (options.json) return printJson(view);
        printSchedule(`${person.name}'s schedule`, view, mine.zone);
      });
    });

  schedule
    .command('set')
    .argument('[name...]', 'whose schedule (default: yours)')
    .description('set a time zone, working hours and office days (yours, or a person’s)')
    .option('--tz <zone>', 'IANA time zone, e.g. America/New_York')
    .option('--hours <hours>', 'working hours, e.g. "mon-fri 09:00-17:30; sat 10:00-12:00"')
    .option('--office <days>', 'office days, e.g. tue,thu (or none)')
    .option('--office-city <city>', 'your office’s city, e.g. Berlin (none clears it)')
    .option(
      '--office-country <country>',
      'your office’s country, e.g. Germany or DE: its public holidays are your days off',
    )
    .option('--office-name <name>', 'your named office, e.g. "Berlin HQ" (none clears it)')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags: SetFlags, command: Command) => {
      const flags = command.optsWithGlobals() as SetFlags;
      const officeGiven = OFFICE_FLAGS.filter(([key]) => flags[key] !== undefined);
      if (
        flags.tz === undefined &&
        flags.hours === undefined &&
        flags.office === undefined &&
        officeGiven.length === 0
      ) {
        throw new UsageError(
          'schedule set needs at least one of --tz, --hours, --office, --office-city, --office-country or --office-name',
        );
      }
      const forPerson = words.length > 0;
      if (forPerson && officeGiven.length > 0) {
        throw new UsageError(
          `${officeGiven.map(([, flag]) => flag).join(', ')} ${officeGiven.length === 1 ? 'is' : 'are'} for your own office; a person's office is their city (rapport person edit NAME --city CITY)`,
        );
      }
      // Everything is read before anything is sent: a bad flag saves nothing.
      const body: Record<string, unknown> = {};
      if (flags.tz !== undefined) {
        if (forPerson && DEFAULT_WORDS.test(flags.tz.trim())) body.timeZone = null;
        else body.timeZone = requireZone(flags.tz);
      }
      if (flags.hours !== undefined) {
        if (forPerson && DEFAULT_WORDS.test(flags.hours.trim())) body.workingHours = null;
        else body.workingHours = readHours(flags.hours);
      }
      if (flags.office !== undefined) body.officeDays = readWeekdays(flags.office);
      for (const [key] of officeGiven) {
        const value = flags[key]!.trim();
        body[key] = NONE_WORDS.test(value) ? null : value;
      }
      await withClient(command, async (client) => {
        if (!forPerson) {
          const { schedule: saved } = await client.request<{ schedule: ScheduleJson }>(
            'PUT',
            '/api/schedule',
            body,
          );
          if (flags.json) return printJson(saved);
          return printSchedule('Saved your schedule', saved, saved.zone);
        }
        const found = await resolvePerson(client, words.join(' '));
        const { person } = await client.request<{ person: PersonWithSchedule }>(
          'PATCH',
          `/api/people/${encodeURIComponent(found.id)}`,
          body,
        );
        const view = await personView(client, person);
        if (flags.json) return printJson(view);
        const { schedule: mine } = await client.request<{ schedule: ScheduleJson }>(
          'GET',
          '/api/schedule',
        );
        printSchedule(`Saved ${person.name}'s schedule`, view, mine.zone);
      });
    });
}
