// `rapport did TEXT`: log an accomplishment, with its project, impact, who helped and who to tell.
import type { Command } from 'commander';
import type { ApiClient } from '../api-client';
import { withClient } from '../context';
import { collect, listNames, requireText, userZone } from '../daily-helpers';
import { CliError } from '../errors';
import { printJson, printLine } from '../output';
import { resolvePerson } from '../people-resolver';
import { parseDay } from '../when';
import { type Accomplishment, cleanList } from './credit-shared';

interface DidFlags {
  project?: string;
  impact?: string;
  helped?: string[];
  helpedBy?: string[];
  tell?: string[];
  link?: string[];
  tag?: string[];
  on?: string;
}

export function registerDid(program: Command) {
  program
    .command('did')
    .argument('<text...>', 'what you did')
    .description('log an accomplishment, for your status updates and brag document')
    .option('--project <project>', 'the project it belongs to')
    .option('--impact <text>', 'what it changed: time saved, customers helped, money…')
    .option(
      '--helped <name>',
      'someone who helped YOU with it, thanked in your update (repeatable)',
      collect,
    )
    .option('--helped-by <name>', 'the same as --helped: NAME helped you', collect)
    .option('--tell <name>', 'someone who should hear about it (repeatable)', collect)
    .option('--link <url>', 'evidence: a PR, a doc, a dashboard (repeatable)', collect)
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--on <date>', 'when: 2026-05-01, "yesterday", "friday" (default: today)')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: DidFlags, command: Command) => {
      const title = requireText(words.join(' '), 'text');
      const links = cleanList(flags.link);
      await withClient(command, async (client, options) => {
        const body: Record<string, unknown> = { title };
        const project = flags.project?.trim();
        const impact = flags.impact?.trim();
        if (project) body.project = project;
        if (impact) body.impact = impact;
        const helpedBy = await resolveAll(
          client,
          [...(flags.helped ?? []), ...(flags.helpedBy ?? [])],
          '--helped',
        );
        const tell = await resolveAll(client, flags.tell, '--tell');
        if (helpedBy.length) body.helpedBy = helpedBy;
        if (tell.length) body.tell = tell;
        if (links.length) body.links = links;
        const tags = cleanList(flags.tag);
        if (tags.length) body.tags = tags;
        if (flags.on !== undefined) {
          body.date = parseDay(flags.on, new Date().toISOString(), await userZone(client));
        }
        const { accomplishment } = await client.request<{ accomplishment: Accomplishment }>(
          'POST',
          '/api/accomplishments',
          body,
        );
        if (options.json) return printJson(accomplishment);
        const where = [accomplishment.project, accomplishment.date].filter(Boolean).join(', ');
        printLine(`Logged: ${accomplishment.title} (${where}) · id: ${accomplishment.id}`);
        // Said in full: "--helped Ann" means Ann helped you, not that you helped Ann.
        const helpers = accomplishment.helpedBy.map((p) => p.name);
        if (helpers.length) {
          printLine(
            `${listNames(helpers)} helped you with this; your status update thanks ${helpers.length === 1 ? 'them' : 'each of them'}.`,
          );
        }
        if (accomplishment.tell.length) {
          printLine(`Remember to tell ${listNames(accomplishment.tell.map((p) => p.name))}.`);
        }
      });
    });
}

/** The ids of the people named by a repeatable flag, each resolved once. */
async function resolveAll(
  client: ApiClient,
  names: string[] | undefined,
  flag: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const name of cleanList(names)) {
    const person = await resolvePerson(client, name).catch((error: unknown) => {
      if (error instanceof CliError) throw new CliError(`${flag}: ${error.message}`);
      throw error;
    });
    if (!ids.includes(person.id)) ids.push(person.id);
  }
  return ids;
}
