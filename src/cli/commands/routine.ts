// `rapport routine add|list|rm|upcoming|done|skip`: things that recur — household routines (walk
// the dog at 12:30 on work days), agreements (who does what, when), date nights, office visits;
// `done` and `skip` settle one occurrence (the next one, today included, unless --date says).

import type { Command } from 'commander';
import { Temporal } from 'temporal-polyfill';
import { todayIn } from '../../domain/index';
import type { ApiClient } from '../api-client';
import { withClient } from '../context';
import { collect, listNames, requireChoice, requireText, userZone } from '../daily-helpers';
import { CliError } from '../errors';
import { pickId } from '../id-prefix';
import { printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';
import {
  dayLabel,
  localOf,
  namesById,
  type OccurrenceJson,
  type RoutineJson,
  readCount,
  readDateAhead,
} from './time-shared';

const KINDS = ['routine', 'agreement', 'date'] as const;
const WHO = ['me', 'them', 'both'] as const;

interface AddFlags {
  every: string;
  kind?: string;
  with?: string[];
  who?: string;
  start?: string;
  json?: boolean;
}

const WHO_WORDS: Record<string, string> = { me: 'you', them: 'them', both: 'both of you' };

/** "you", "them", "both of you", or "" when nobody is assigned. */
export function assigneeWords(assignee: string | null | undefined): string {
  return assignee ? (WHO_WORDS[assignee] ?? assignee) : '';
}

/** The ids of the people named by repeated `flag` values, each resolved on its own. */
export async function resolveNamed(
  client: ApiClient,
  names: string[] | undefined,
  flag: string,
): Promise<{ id: string; name: string }[]> {
  const people: { id: string; name: string }[] = [];
  for (const name of names ?? []) {
    const person = await resolvePerson(client, name).catch((error: unknown) => {
      if (error instanceof CliError) throw new CliError(`${flag}: ${error.message}`);
      throw error;
    });
    if (!people.some((p) => p.id === person.id)) people.push(person);
  }
  return people;
}

/** Adds a routine and prints it with its next few dates. */
export async function addRoutine(
  client: ApiClient,
  body: Record<string, unknown>,
  people: { name: string }[],
  json: boolean | undefined,
  withWord = 'with',
) {
  const { routine, warnings = [] } = await client.request<{
    routine: RoutineJson;
    warnings?: string[];
  }>('POST', '/api/routines', body);
  const zone = await userZone(client);
  const from = todayIn(zone, new Date().toISOString());
  const to = Temporal.PlainDate.from(from).add({ weeks: 8 }).toString();
  const { occurrences } = await client.request<{ occurrences: OccurrenceJson[] }>(
    'GET',
    `/api/routines/occurrences?from=${from}&to=${to}`,
  );
  const next = occurrences.filter((o) => o.routineId === routine.id).slice(0, 4);
  if (json) return printJson({ routine, next, ...(warnings.length && { warnings }) });
  for (const warning of warnings) printLine(`Note: ${warning}`);
  const withWhom = people.length ? ` ${withWord} ${listNames(people.map((p) => p.name))}` : '';
  const who = assigneeWords(routine.assignee);
  printLine(
    `${routine.title}: ${routine.description}${withWhom}${who ? ` (${who})` : ''} · id: ${routine.id}`,
  );
  if (next.length) {
    printLine(`Next: ${next.map((o) => occurrenceWhen(o, zone)).join(', ')}`);
  } else {
    printLine('It does not come up in the next 8 weeks.');
  }
}

interface MarkJson {
  routine: RoutineJson;
  date: string;
  status: 'done' | 'skipped';
}

/**
 * The routine `input` names (its id or a unique start of it), or null when none does. Strict,
 * a start shared by several ids is an error; otherwise it is simply not a routine's.
 */
export async function findRoutine(
  client: ApiClient,
  input: string,
  { strict = true } = {},
): Promise<RoutineJson | null> {
  const { routines } = await client.request<{ routines: RoutineJson[] }>('GET', '/api/routines');
  if (strict) {
    const id = pickId(input, routines, (r) => r.title);
    return routines.find((r) => r.id === id) ?? null;
  }
  const lower = input.trim().toLowerCase();
  const exact = routines.find((r) => r.id.toLowerCase() === lower);
  const starts = routines.filter((r) => r.id.toLowerCase().startsWith(lower));
  return exact ?? (starts.length === 1 ? starts[0]! : null);
}

/** Marks one occurrence of a routine done or skipped and says which date it was. */
export async function markRoutine(
  client: ApiClient,
  routine: RoutineJson,
  status: 'done' | 'skipped',
  date: string | undefined,
  json: boolean | undefined,
) {
  const verb = status === 'done' ? 'done' : 'skip';
  const mark = await client.request<MarkJson>(
    'POST',
    `/api/routines/${encodeURIComponent(routine.id)}/${verb}`,
    date ? { date } : {},
  );
  if (json) return printJson(mark);
  printLine(
    `${routine.title}: ${status === 'done' ? 'done' : 'skipped'} for ${dayLabel(mark.date)}. The other dates stay (${routine.description}).`,
  );
}

function occurrenceWhen(o: OccurrenceJson, zone: string): string {
  return o.start
    ? `${dayLabel(localOf(o.start, zone).date)} ${localOf(o.start, zone).time}`
    : dayLabel(o.date);
}

export function registerRoutine(program: Command) {
  const routine = program
    .command('routine')
    .description('recurring routines, agreements, dates and office visits');

  routine
    .command('add')
    .argument('<title...>', 'what it is ("walk the dog")')
    .description('add something that recurs ("walk the dog" --every "weekdays at 12:30")')
    .requiredOption(
      '--every <rule>',
      'how often: "weekdays at 12:30", "every second Tuesday", "at 07:00 on work days"',
    )
    .option('--kind <kind>', `${KINDS.join(', ')} (default: routine)`)
    .option('--with <name>', 'who it is with (repeatable; pets and family too)', collect)
    .option('--who <who>', 'who does it: me, them or both')
    .option('--start <date>', 'the first day it can happen (default: today)')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: AddFlags, command: Command) => {
      const title = requireText(words.join(' '), 'title');
      const rule = requireText(flags.every, 'rule');
      const kind = flags.kind ? requireChoice(flags.kind, KINDS, 'kind') : 'routine';
      const assignee = flags.who ? requireChoice(flags.who, WHO, '--who') : undefined;
      await withClient(command, async (client, options) => {
        const people = await resolveNamed(client, flags.with, '--with');
        const body: Record<string, unknown> = {
          kind,
          title,
          rule,
          personIds: people.map((p) => p.id),
        };
        if (assignee) body.assignee = assignee;
        if (flags.start) body.start = readDateAhead(flags.start, await userZone(client), '--start');
        await addRoutine(client, body, people, options.json);
      });
    });

  routine
    .command('list')
    .description('your routines, agreements, dates and office visits')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { routines } = await client.request<{ routines: RoutineJson[] }>(
          'GET',
          '/api/routines',
        );
        if (options.json) return printJson(routines);
        if (routines.length === 0) {
          return printLine(
            'Nothing recurring yet. Add one with `rapport routine add TITLE --every RULE`.',
          );
        }
        const names = routines.some((r) => r.personIds.length)
          ? await namesById(client)
          : new Map<string, string>();
        printTable(
          ['ID', 'KIND', 'TITLE', 'WHEN', 'WITH', 'WHO'],
          routines.map((r) => [
            r.id,
            r.kind,
            r.title,
            r.description,
            r.personIds.map((id) => names.get(id) ?? '?').join(', '),
            assigneeWords(r.assignee),
          ]),
        );
      });
    });

  routine
    .command('rm')
    .argument('<id>', 'the id (or a unique start of it), from `routine list`')
    .description('remove a routine, agreement, date or office visit')
    .action(async (id: string, _flags, command: Command) => {
      await withClient(command, async (client) => {
        const { routines } = await client.request<{ routines: RoutineJson[] }>(
          'GET',
          '/api/routines',
        );
        const target = pickId(id, routines, (r) => r.title);
        await client.request('DELETE', `/api/routines/${encodeURIComponent(target)}`);
        const gone = routines.find((r) => r.id === target);
        printLine(gone ? `Removed ${gone.title} (${gone.description}).` : 'Removed.');
      });
    });

  for (const [verb, status, description] of [
    ['done', 'done', 'mark this occurrence done (the next one, today included)'],
    ['skip', 'skipped', 'skip this occurrence (the next one, today included); the rest stay'],
  ] as const) {
    routine
      .command(verb)
      .argument('<id>', 'the id (or a unique start of it), from `routine list` or Today')
      .description(description)
      .option('--date <date>', 'which occurrence instead, e.g. 2026-12-06 or "next sunday"')
      .option('--json', 'print JSON')
      .action(async (id: string, flags: { date?: string }, command: Command) => {
        await withClient(command, async (client, options) => {
          const found = await findRoutine(client, requireText(id, 'id'));
          if (!found) throw new CliError(`No routine has the id "${id}" (see \`routine list\`).`);
          const date = flags.date
            ? readDateAhead(flags.date, await userZone(client), '--date')
            : undefined;
          await markRoutine(client, found, status, date, options.json);
        });
      });
  }

  routine
    .command('upcoming')
    .description('what recurs in the next days, in date order')
    .option('--days <n>', 'how many days, today included (1–366)', '7')
    .option('--json', 'print JSON')
    .action(async (flags: { days: string }, command: Command) => {
      const days = readCount(flags.days, '--days', 1, 366);
      await withClient(command, async (client, options) => {
        const zone = await userZone(client);
        const from = todayIn(zone, new Date().toISOString());
        const to = Temporal.PlainDate.from(from)
          .add({ days: days - 1 })
          .toString();
        const { occurrences } = await client.request<{ occurrences: OccurrenceJson[] }>(
          'GET',
          `/api/routines/occurrences?from=${from}&to=${to}`,
        );
        if (options.json) return printJson({ from, to, zone, occurrences });
        if (occurrences.length === 0) {
          return printLine(`Nothing recurring from ${dayLabel(from)} to ${dayLabel(to)}.`);
        }
        printTable(
          ['DATE', 'TIME', 'WHAT', 'KIND', 'WITH', 'WHO', 'NOTE'],
          occurrences.map((o) => [
            dayLabel(o.start ? localOf(o.start, zone).date : o.date),
            o.start ? localOf(o.start, zone).time : '',
            o.title,
            o.kind,
            o.people.join(', '),
            assigneeWords(o.assignee),
            o.status ?? (o.away ? `paused: in ${o.away}` : ''),
          ]),
        );
      });
    });
}
