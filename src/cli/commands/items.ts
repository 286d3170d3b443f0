// Things owed and given: `owe` (a reply), `promise`, `favor`, `event` (career news), and `done`.
import type { Command } from 'commander';
import { CAREER_EVENT_KINDS, FAVOR_KINDS, pastNews, todayIn } from '../../domain/index';
import { type ApiClient, readResponse } from '../api-client';
import type { PersonItem, TodayAgenda } from '../api-types';
import { withClient } from '../context';
import { doneSentence, itemSummary, requireChoice, requireText, userZone } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { resolveLeading, resolvePerson } from '../people-resolver';
import { describeDay, parseDateAhead, parseDay, parseWhen } from '../when';
import { findRoutine, markRoutine } from './routine';

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const joinText = (words: string[] | undefined) => (words ?? []).join(' ').trim();

async function create(
  client: ApiClient,
  path: string,
  body: Record<string, unknown>,
  json: boolean | undefined,
  say: (item: PersonItem) => string,
) {
  const { item } = await client.request<{ item: PersonItem }>('POST', path, body);
  if (json) return printJson(item);
  printLine(say(item));
  printLine(`id: ${item.id}  (mark it done with \`rapport done ${item.id}\`)`);
}

export function registerItems(program: Command) {
  program
    .command('owe')
    .argument('<name>', 'who is waiting (a name or the start of one)')
    .argument('<text...>', 'what they are waiting for')
    .description('note a reply you owe someone')
    .option('--since <when>', 'since when they have been waiting ("2 days ago", 2026-05-01)')
    .option('--json', 'print JSON')
    .action(async (name: string, words: string[], flags: { since?: string }, command: Command) => {
      await withClient(command, async (client, options) => {
        const since = flags.since
          ? parseWhen(flags.since, new Date().toISOString(), await userZone(client))
          : undefined;
        const { person, rest } = await resolveLeading(client, [name, ...words], 1);
        const text = requireText(joinText(rest), 'text');
        const body: Record<string, unknown> = { personId: person.id, text };
        if (since) body.since = since;
        await create(
          client,
          '/api/replies',
          body,
          options.json,
          (item) => `You owe ${item.personName} a reply: ${item.text ?? text}`,
        );
      });
    });

  program
    .command('promise')
    .argument('<name>', 'whom you promised (a name or the start of one)')
    .argument('<text...>', 'what you promised')
    .description('note something you promised someone, and by when')
    .requiredOption(
      '--by <date>',
      'due: 2026-05-01, "friday", "tomorrow", "in 3 days"; a past day ("yesterday") if already late',
    )
    .option('--json', 'print JSON')
    .action(async (name: string, words: string[], flags: { by: string }, command: Command) => {
      await withClient(command, async (client, options) => {
        const zone = await userZone(client);
        const now = new Date().toISOString();
        const due = parseDue(flags.by, now, zone);
        const { person, rest } = await resolveLeading(client, [name, ...words], 1);
        const text = requireText(joinText(rest), 'text');
        await create(
          client,
          '/api/promises',
          { personId: person.id, text, due },
          options.json,
          (item) => {
            const today = todayIn(zone, now);
            const late = due < today ? ' — already late' : '';
            return `Promised ${item.personName}: ${item.text ?? text}, due ${describeDay(item.date ?? due, today)}${late}`;
          },
        );
      });
    });

  program
    .command('favor')
    .argument('<name>', 'who (a name or the start of one)')
    .argument('[text...]', 'what it was')
    .description('record a favor you gave or got')
    .option('--gave <kind>', `a favor you did them: ${FAVOR_KINDS.join(', ')}`)
    .option('--got <kind>', 'a favor they did you (same kinds)')
    .option('--on <date>', 'when: 2026-05-01, "yesterday", "3 days ago" (default: today)')
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        words: string[],
        flags: { gave?: string; got?: string; on?: string },
        command: Command,
      ) => {
        if (Boolean(flags.gave) === Boolean(flags.got)) {
          throw new UsageError('favor needs exactly one of --gave KIND or --got KIND');
        }
        const direction = flags.gave ? 'gave' : 'got';
        const kind = requireChoice((flags.gave ?? flags.got)!, FAVOR_KINDS, 'favor kind');
        await withClient(command, async (client, options) => {
          const on = flags.on
            ? parseDay(flags.on, new Date().toISOString(), await userZone(client))
            : undefined;
          const { person, rest } = await resolveLeading(client, [name, ...words], 0);
          const text = joinText(rest);
          const body: Record<string, unknown> = { personId: person.id, direction, kind };
          if (text) body.text = text;
          if (on) body.on = on;
          const what = `${article(kind)} ${kind}${text ? `: ${text}` : ''}`;
          await create(client, '/api/favors', body, options.json, (item) =>
            direction === 'gave'
              ? `Noted: you gave ${item.personName} ${what}`
              : `Noted: ${item.personName} gave you ${what}`,
          );
        });
      },
    );

  program
    .command('event')
    .argument('<name>', 'whose news (a name or the start of one)')
    .argument('<kind>', CAREER_EVENT_KINDS.join(', '))
    .argument('[text...]', 'details')
    .description('record career news worth congratulating someone on')
    .option('--on <date>', 'when: 2026-05-01, "yesterday", "in 2 weeks" (default: unknown)')
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        kindText: string,
        words: string[],
        flags: { on?: string },
        command: Command,
      ) => {
        // The name may run over several words ("Ann Lee promotion"): it ends at the first kind.
        const all = [name, kindText, ...words];
        const at = all.findIndex(
          (word, i) =>
            i > 0 && (CAREER_EVENT_KINDS as readonly string[]).includes(word.toLowerCase()),
        );
        const kind = requireChoice(at > 0 ? all[at]! : kindText, CAREER_EVENT_KINDS, 'event kind');
        const text = joinText(all.slice(at + 1));
        await withClient(command, async (client, options) => {
          const body: Record<string, unknown> = { kind };
          if (text) body.text = text;
          if (flags.on)
            body.on = parseDay(flags.on, new Date().toISOString(), await userZone(client));
          const person = await resolvePerson(client, all.slice(0, at).join(' '));
          body.personId = person.id;
          await create(client, '/api/events', body, options.json, (item) => {
            const news = pastNews(kind, item.text ?? text);
            return `Noted: ${item.personName} — ${news.charAt(0).toLowerCase()}${news.slice(1)}${item.date ? ` (${item.date})` : ''}`;
          });
        });
      },
    );

  program
    .command('done')
    .argument('<id>', 'the id printed when it was noted or on Today (or a unique start of it)')
    .description(
      'mark a reply answered, a promise kept, a favor settled, news congratulated, or a birthday or other date greeted (this year)',
    )
    .option(
      '--skip',
      'for a date: let this year’s occurrence pass instead (it comes back next year)',
    )
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { skip?: boolean }, command: Command) => {
      const wanted = requireText(id, 'id');
      await withClient(command, async (client, options) => {
        // A routine's id (Today prints it beside "rapport done"): done or skipped this time.
        const routine = await findRoutine(client, wanted, { strict: false });
        if (routine) {
          return markRoutine(
            client,
            routine,
            flags.skip ? 'skipped' : 'done',
            undefined,
            options.json,
          );
        }
        const target = await findOpenTarget(client, wanted);
        if (target.kind === 'date' || flags.skip) {
          const handled = await handleDate(client, target.id, flags.skip ? 'skip' : 'done');
          if (handled) {
            if (options.json) return printJson(handled);
            return printLine(dateSentence(handled, Boolean(flags.skip)));
          }
          if (flags.skip) throw new CliError(`No date with id "${wanted}" to skip.`);
        }
        const { item } = await client.request<{ item: PersonItem }>(
          'POST',
          `/api/items/${encodeURIComponent(target.id)}/done`,
        );
        if (options.json) return printJson(item);
        printLine(`${doneSentence(item)}. Done.`);
      });
    });
}

// A promise already late is real: "yesterday" or "3 days ago" is taken (the output says it is
// late); a bare weekday still means the next one.
function parseDue(input: string, now: string, zone: string): string {
  try {
    return parseDateAhead(input, now, zone);
  } catch (ahead) {
    try {
      return parseDay(input, now, zone);
    } catch {
      throw ahead;
    }
  }
}

interface HandledDate {
  date: { id: string; type: string; label: string | null };
  personName: string;
  occurrence: string;
}

/** Marks a date's occurrence done or skipped; undefined when there is no such date. */
async function handleDate(
  client: ApiClient,
  id: string,
  action: 'done' | 'skip',
): Promise<HandledDate | undefined> {
  const response = await client.send('POST', `/api/dates/${encodeURIComponent(id)}/${action}`);
  if (response.status === 404) return undefined;
  return readResponse<HandledDate>(response);
}

function dateSentence(handled: HandledDate, skipped: boolean): string {
  const { date, personName, occurrence } = handled;
  const what =
    date.type === 'birthday'
      ? `${personName}'s birthday`
      : date.type === 'work-anniversary'
        ? `${personName}'s work anniversary`
        : `${personName}: ${date.label?.trim() || 'special day'}`;
  return skipped
    ? `Skipped ${what} this year (${occurrence}). It comes back next year.`
    : `Done: ${what} (${occurrence}). It comes back next year.`;
}

/**
 * What `input` names: an open item, or a date on Today (the refId of a date line), by full id
 * or a unique start. An unknown id is left for the API to judge.
 */
async function findOpenTarget(
  client: ApiClient,
  input: string,
): Promise<{ kind: 'item' | 'date'; id: string }> {
  const [{ items }, agenda] = await Promise.all([
    client.request<{ items: PersonItem[] }>('GET', '/api/items?open=true'),
    client.request<TodayAgenda>('GET', '/api/today?days=60'),
  ]);
  if (items.some((item) => item.id === input)) return { kind: 'item', id: input };
  const dates = agenda.items.filter((item) => item.kind === 'date' && item.refId);
  if (dates.some((item) => item.refId === input)) return { kind: 'date', id: input };
  const lower = input.toLowerCase();
  const matches = [
    ...items
      .filter((item) => item.id.toLowerCase().startsWith(lower))
      .map((item) => ({ kind: 'item' as const, id: item.id, what: itemSummary(item) })),
    ...dates
      .filter((item) => item.refId!.toLowerCase().startsWith(lower))
      .map((item) => ({ kind: 'date' as const, id: item.refId!, what: item.title })),
  ];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new CliError(
      `"${input}" is the start of ${matches.length} ids: ${matches
        .slice(0, 5)
        .map((m) => `${m.id} (${m.what})`)
        .join('; ')}. Type more of it.`,
    );
  }
  // A full date id not on Today (already done, or further ahead) still works.
  return { kind: 'date', id: input };
}
