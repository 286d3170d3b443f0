// Things owed and given: `owe` (a reply), `promise`, `favor`, `event` (career news), and `done`.
import type { Command } from 'commander';
import { CAREER_EVENT_KINDS, FAVOR_KINDS, todayIn } from '../../domain/index';
import type { ApiClient } from '../api-client';
import type { PersonItem } from '../api-types';
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
    .requiredOption('--by <date>', 'due: 2026-05-01, "friday", "tomorrow", "in 3 days"')
    .option('--json', 'print JSON')
    .action(async (name: string, words: string[], flags: { by: string }, command: Command) => {
      await withClient(command, async (client, options) => {
        const zone = await userZone(client);
        const now = new Date().toISOString();
        const due = parseDateAhead(flags.by, now, zone);
        const { person, rest } = await resolveLeading(client, [name, ...words], 1);
        const text = requireText(joinText(rest), 'text');
        await create(
          client,
          '/api/promises',
          { personId: person.id, text, due },
          options.json,
          (item) =>
            `Promised ${item.personName}: ${item.text ?? text}, due ${describeDay(item.date ?? due, todayIn(zone, now))}`,
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
            const what = kind.replace(/-/g, ' ');
            return `Noted ${item.personName}'s ${what}${text ? `: ${text}` : ''}${item.date ? ` (${item.date})` : ''}`;
          });
        });
      },
    );

  program
    .command('done')
    .argument('<id>', 'the id printed when it was noted (or a unique start of it)')
    .description('mark a reply answered, a promise kept, a favor settled or news congratulated')
    .option('--json', 'print JSON')
    .action(async (id: string, _flags, command: Command) => {
      const wanted = requireText(id, 'id');
      await withClient(command, async (client, options) => {
        // A routine's id (Today prints it beside "rapport done"): done for this occurrence.
        const routine = await findRoutine(client, wanted, { strict: false });
        if (routine) return markRoutine(client, routine, 'done', undefined, options.json);
        const target = await findOpenItem(client, wanted);
        const { item } = await client.request<{ item: PersonItem }>(
          'POST',
          `/api/items/${encodeURIComponent(target)}/done`,
        );
        if (options.json) return printJson(item);
        printLine(`${doneSentence(item)}. Done.`);
      });
    });
}

/** The full id of the open item `input` names; an unknown id is left for the API to judge. */
async function findOpenItem(client: ApiClient, input: string): Promise<string> {
  const { items } = await client.request<{ items: PersonItem[] }>('GET', '/api/items?open=true');
  if (items.some((item) => item.id === input)) return input;
  const lower = input.toLowerCase();
  const matches = items.filter((item) => item.id.toLowerCase().startsWith(lower));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) {
    throw new CliError(
      `"${input}" is the start of ${matches.length} ids: ${matches
        .slice(0, 5)
        .map((m) => `${m.id} (${itemSummary(m)})`)
        .join('; ')}. Type more of it.`,
    );
  }
  return input;
}
