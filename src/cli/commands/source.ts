// `rapport source add|test|list|sync|pause|resume|rm`: the calendars, mailboxes and git
// repositories Rapport captures conversations from. Passwords come from --password,
// --password-stdin or RAPPORT_SOURCE_PASSWORD (or are asked, hidden, in a terminal) and are
// never printed; the server tests a connection before it saves anything.
import { type Command, Option } from 'commander';
import type { Source, SourceKind, SourceTest, SyncReport } from '../../http/sources/source-schemas';
import type { ApiClient } from '../api-client';
import {
  pickSource,
  SOURCE_HEADERS,
  sourceErrorLines,
  sourceListJson,
  sourceRows,
  syncReportLine,
  syncSummary,
  testResultLines,
} from '../capture-format';
import { globalOptions, withClient } from '../context';
import { collect, plural, userZone } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { printJson, printLine, printNote, printTable, terminalSafeCell } from '../output';
import { ask, canPrompt } from '../prompt';
import { needsPassword, pickPassword, type SourceFlags, sourceInputFrom } from '../source-args';
import { usageError, withUsage } from '../usage';

interface KindSpec {
  kind: SourceKind;
  summary: string;
  operands?: string;
  /** Flags beyond --name/--mode/--json. */
  flags: (command: Command) => Command;
}

const calendarFlags = (command: Command) =>
  command
    .option('--keep-subjects', 'also store event titles (off: only who, when and how)')
    .option('--large-meeting-size <n>', 'more attendees than this is a large meeting (default 8)')
    .option('--count-large-meetings', 'large meetings count as conversations too')
    .option('--reach-back-months <n>', 'how far back the first sync reads (default 12)')
    .option('--interval-minutes <n>', 'how often it syncs (default 15)');

const credentialFlags = (command: Command) =>
  command
    .requiredOption('--user <user>', 'the user name to sign in with')
    .option('--password <password>', 'the password or app password (or RAPPORT_SOURCE_PASSWORD)')
    .option('--password-stdin', 'read the password from standard input');

const KINDS: KindSpec[] = [
  {
    kind: 'ics',
    summary: 'a calendar by its iCalendar (.ics) subscription address',
    operands: '<url>',
    flags: calendarFlags,
  },
  {
    kind: 'caldav',
    summary: 'calendars on a CalDAV server',
    operands: '<url>',
    flags: (command) =>
      calendarFlags(credentialFlags(command)).option(
        '--calendar <name>',
        'a calendar to read (repeatable; default: all)',
        collect,
      ),
  },
  {
    kind: 'imap',
    summary: 'a mailbox by IMAP: headers of INBOX and Sent only, never bodies',
    flags: (command) =>
      credentialFlags(
        command
          .requiredOption('--host <host>', 'the IMAP server')
          .option('--port <port>', 'the IMAP port (default 993)')
          .option('--no-tls', 'connect without TLS'),
      )
        .option('--sent-folder <folder>', 'your Sent folder (default: found by the server)')
        .option('--keep-subjects', 'also store subjects (off: only who, when and how)')
        .option(
          '--reply-delay-hours <n>',
          'working hours before an unanswered mail is owed (default 24)',
        )
        .option('--reach-back-months <n>', 'how far back the first sync reads (default 12)')
        .option('--interval-minutes <n>', 'how often it syncs (default 15)'),
  },
  {
    kind: 'git',
    summary:
      'local git repositories: your commits become suggested accomplishments (this machine only)',
    operands: '<paths...>',
    flags: (command) => command.option('--interval-minutes <n>', 'how often it syncs (default 15)'),
  },
];

export function registerSource(program: Command) {
  const source = program
    .command('source')
    .description('calendars, mailboxes and git repositories Rapport learns conversations from');
  const add = source.command('add').description('add a source; its connection is tested first');
  const test = source
    .command('test')
    .description('check a source with the same arguments as add; saves nothing');
  for (const spec of KINDS) {
    registerKind(add, spec, 'add');
    registerKind(test, spec, 'test');
  }

  source
    .command('list')
    .description('your sources: last sync, what they saw and captured, the last error')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const sources = await listSources(client);
        if (options.json) return printJson(sourceListJson(sources));
        if (sources.length === 0) {
          return printLine(
            'No sources yet. Add one with `rapport source add ics|caldav|imap|git`.',
          );
        }
        const zone = await userZone(client);
        printTable(SOURCE_HEADERS, sourceRows(sources, zone));
        const errors = sourceErrorLines(sources, zone);
        if (errors.length > 0) printLine();
        for (const line of errors) printLine(line);
      });
    });

  source
    .command('sync')
    .description('sync now (every source, or the one named) and print what it saw and captured')
    .argument('[source]', 'a source ID or name (default: all)')
    .option('--json', 'print JSON (an array of sync reports)')
    .action(async (ref: string | undefined, _flags, command: Command) => {
      await withClient(command, async (client, options) => {
        let reports: SyncReport[];
        if (ref) {
          const found = await findSource(client, ref);
          if (!options.json) printNote(`Syncing ${found.name}…`);
          reports = [await client.request<SyncReport>('POST', `${path(found)}/sync`)];
        } else {
          if (!options.json) printNote('Syncing your sources…');
          reports = (await client.request<{ reports: SyncReport[] }>('POST', '/api/sources/sync'))
            .reports;
        }
        if (options.json) printJson(reports);
        else {
          for (const report of reports) printLine(syncReportLine(report));
          printLine(syncSummary(reports));
        }
        const failed = reports.filter((r) => r.error).length;
        if (failed > 0) {
          throw new CliError(`${plural(failed, 'source')} of ${reports.length} failed to sync`);
        }
      });
    });

  for (const [verb, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    source
      .command(verb)
      .description(
        paused ? 'stop syncing a source (nothing is removed)' : 'sync a paused source again',
      )
      .argument('<source>', 'a source ID or name')
      .option('--json', 'print JSON')
      .action(async (ref: string, _flags, command: Command) => {
        await withClient(command, async (client, options) => {
          const found = await findSource(client, ref);
          const { source: changed } = await client.request<{ source: Source }>(
            'PATCH',
            path(found),
            { paused },
          );
          if (options.json) return printJson(changed);
          printLine(
            paused
              ? `Paused ${changed.name}; resume with \`rapport source resume ${changed.id}\`.`
              : `Resumed ${changed.name}; it syncs every ${changed.intervalMinutes} minutes.`,
          );
        });
      });
  }

  source
    .command('rm')
    .description('remove a source and, unless --keep-captured, the conversations it captured')
    .argument('<source>', 'a source ID or name')
    .option('--keep-captured', 'keep the conversations it captured (typed ones always stay)')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print JSON')
    .action(async (ref: string, flags: { keepCaptured?: boolean; yes?: boolean }, command) => {
      const asking = !flags.yes && !flags.keepCaptured;
      if (asking && !canPrompt()) {
        throw usageError(
          command,
          'source rm also removes what the source captured: pass --yes to confirm, or --keep-captured to keep it',
        );
      }
      await withClient(command, async (client, options) => {
        const found = await findSource(client, ref);
        let removeCaptured = !flags.keepCaptured;
        if (asking) {
          const answer = await askRemoval(found);
          if (answer === 'cancel') return printLine('Nothing was removed.');
          removeCaptured = answer === 'all';
        }
        const { removed } = await client.request<{ removed: number }>(
          'DELETE',
          `${path(found)}?removeCaptured=${removeCaptured}`,
        );
        if (options.json) return printJson({ id: found.id, removed });
        printLine(
          removeCaptured
            ? `Removed ${found.name} and ${plural(removed, 'conversation')} it captured.`
            : `Removed ${found.name}; the conversations it captured stay.`,
        );
      });
    });
}

function registerKind(parent: Command, spec: KindSpec, verb: 'add' | 'test') {
  let command = parent.command(spec.kind).description(spec.summary);
  if (spec.operands) command = command.argument(spec.operands);
  command = spec
    .flags(command)
    .option('--name <name>', 'what to call it (default: from the address)')
    .addOption(
      new Option('--mode <mode>', 'review: ask on Today first; auto: log directly').choices([
        'review',
        'auto',
      ]),
    )
    .option('--json', 'print JSON');
  command.action(async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const flags = args[args.length - 2] as SourceFlags;
    const first = args[0];
    const operands = Array.isArray(first) ? first : spec.operands ? [first as string] : [];
    await withUsage(cmd, () => addOrTest(cmd, spec.kind, operands, flags, verb));
  });
}

async function addOrTest(
  command: Command,
  kind: SourceKind,
  operands: string[],
  flags: SourceFlags,
  verb: 'add' | 'test',
) {
  if (kind === 'git' && globalOptions(command).server) {
    throw new UsageError(
      'git sources are read on the machine that runs Rapport: run this there, without --server',
    );
  }
  let password = pickPassword(flags, {
    stdin: flags.passwordStdin && flags.password === undefined ? await readStdin() : undefined,
    env: process.env.RAPPORT_SOURCE_PASSWORD,
  });
  if (password === undefined && needsPassword(kind) && canPrompt()) {
    password = await ask('Password: ', { hidden: true });
  }
  const input = sourceInputFrom(kind, operands, flags, password);
  await withClient(command, async (client, options) => {
    if (verb === 'test') {
      const found = await client.request<SourceTest>('POST', '/api/sources/test', input);
      if (options.json) return printJson(found);
      for (const line of testResultLines(found)) printLine(line);
      return;
    }
    const { source } = await client.request<{ source: Source }>('POST', '/api/sources', input);
    if (options.json) return printJson(source);
    printLine(
      `Added ${source.name} (${source.kind}, ${source.mode === 'auto' ? 'logs directly' : 'asks on Today first'}).`,
    );
    printLine(
      `It syncs every ${source.intervalMinutes} minutes; sync now with \`rapport source sync ${source.id}\`.`,
    );
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function listSources(client: ApiClient): Promise<Source[]> {
  return (await client.request<{ sources: Source[] }>('GET', '/api/sources')).sources;
}

async function findSource(client: ApiClient, ref: string): Promise<Source> {
  const found = pickSource(ref, await listSources(client));
  if ('problem' in found) throw new CliError(found.problem);
  return found;
}

const path = (source: { id: string }) => `/api/sources/${encodeURIComponent(source.id)}`;

/** In a terminal: remove the source with what it captured, keep that, or do nothing. */
async function askRemoval(source: Source): Promise<'all' | 'keep' | 'cancel'> {
  const name = terminalSafeCell(source.name);
  if (source.captured === 0) {
    const answer = await ask(`Remove ${name}? [y/N] `);
    return /^y(es)?$/i.test(answer) ? 'all' : 'cancel';
  }
  const answer = await ask(
    `Remove ${name}? It captured ${plural(source.captured, 'conversation')}: remove them too? [y]es / [k]eep them / [N]o, cancel: `,
  );
  if (/^y(es)?$/i.test(answer)) return 'all';
  if (/^k(eep)?$/i.test(answer)) return 'keep';
  return 'cancel';
}
