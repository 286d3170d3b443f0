// `rapport import FILE`: people from a vCard (.vcf) or CSV file. It always shows the plan first
// (new, updated, already there, duplicates, broken rows with their line); --yes applies it, and
// in a terminal it asks. The file goes to the API as JSON text ({ filename, content }), decoded
// here (UTF-8, UTF-16, or Windows-1252 as older Outlook writes) with embedded photos dropped.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { decodeContactBytes, stripEmbeddedMedia } from '../../domain/contacts/contact-file';
import { canonicalField, MAPPABLE_FIELDS } from '../../domain/contacts/csv-layouts';
import { PERSON_KINDS } from '../../domain/index';
import {
  FAMILIARITIES,
  FAMILIARITY_LABELS,
  type Familiarity,
} from '../../domain/people/familiarity';
import { type ApiClient, readResponse } from '../api-client';
import { withClient } from '../context';
import { plural, requireChoice } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { ask, canPrompt } from '../prompt';
import { ProgressBar } from './import-progress';
import type { ImportReport } from './transfer-types';

interface ImportFlags {
  dryRun?: boolean;
  yes?: boolean;
  kind?: string;
  tag?: string;
  map?: string;
  format?: string;
  familiarity?: string;
  json?: boolean;
}

const NDJSON = 'application/x-ndjson';
/** Entries of each kind listed before "and N more". */
const SHOWN = 15;

export function registerImport(program: Command) {
  program
    .command('import')
    .argument('<file>', 'a vCard (.vcf) or CSV file: Apple, Google, Outlook, Android, LinkedIn…')
    .description('bring people in from a contacts file; shows the plan, --yes applies it')
    .option('--dry-run', 'show what would happen and change nothing')
    .option('--yes', 'apply without asking')
    .option(
      '--kind <kind>',
      `what new people are to you (default other): ${PERSON_KINDS.join(', ')}`,
    )
    .option('--tag <tag>', 'tag everyone in the file')
    .option(
      '--familiarity <answer>',
      `how well you know them, to estimate when you last talked: ${FAMILIARITIES.join(', ')} (asked in a terminal; default now-and-then)`,
    )
    .option('--map <columns>', 'CSV columns to read, e.g. "name=Full Name,email=E-mail"')
    .option('--format <format>', 'vcard or csv (default: from the file name, else its content)')
    .option('--json', 'print the plan, or the result, as JSON')
    .addHelpText(
      'after',
      `\nMappable fields: ${MAPPABLE_FIELDS.join(', ')}.\nNothing changes without --yes (or a "y" in a terminal); importing a file twice adds nothing twice.
Imported people are never marked new (no "say hello" suggestions); their last conversation is
estimated from --familiarity and spread over days, so they do not all fall due at once. Cards are
one person by UID, a shared e-mail, or the same name (with a shared phone): never by a phone alone.`,
    )
    .action(async (file: string, flags: ImportFlags, command: Command) => {
      if (flags.dryRun && flags.yes)
        throw new UsageError('--dry-run and --yes contradict each other');
      const body = requestBody(file, flags);
      const showProgress = ProgressBar.wanted(body.content);
      await withClient(command, async (client, options) => {
        const send = (apply: boolean) =>
          importRequest(client, { ...body, apply }, showProgress ? new ProgressBar() : null);
        if (flags.yes) {
          const result = await send(true);
          return options.json ? printJson(resultOf(result)) : printResult(result);
        }
        const plan = await send(false);
        if (options.json) return printJson(plan);
        printPlan(plan);
        if (plan.created + plan.updated === 0) {
          return printLine('\nNothing to import: everything readable is already here.');
        }
        if (flags.dryRun) return printLine('\nNothing changed (dry run).');
        if (!canPrompt()) return printLine('\nNothing changed. Run again with --yes to apply.');
        if (body.familiarity === undefined && plan.created > 0) {
          body.familiarity = await askFamiliarity();
        }
        const answer = await ask('\nApply this import? [y/N] ');
        if (!/^y(es)?$/i.test(answer)) return printLine('Nothing changed.');
        printResult(await send(true));
      });
    });
}

function requestBody(file: string, flags: ImportFlags) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const body: Record<string, unknown> & { content: string } = {
    filename: basename(file),
    content: stripEmbeddedMedia(decodeContactBytes(bytes)),
  };
  if (flags.kind !== undefined) body.kind = requireChoice(flags.kind, PERSON_KINDS, 'kind');
  if (flags.tag !== undefined) body.tag = flags.tag;
  if (flags.format !== undefined)
    body.format = requireChoice(flags.format, ['vcard', 'csv'], 'format');
  if (flags.map !== undefined) body.mapping = parseMapping(flags.map);
  if (flags.familiarity !== undefined) {
    body.familiarity = requireChoice(flags.familiarity, FAMILIARITIES, '--familiarity');
  }
  return body;
}

/** Asks once how well the user knows the people of the file; an empty answer is "now and then". */
async function askFamiliarity(): Promise<Familiarity> {
  printLine('\nHow well do you know these people?');
  FAMILIARITIES.forEach((f, i) => {
    printLine(`  ${i + 1}. ${FAMILIARITY_LABELS[f]}${f === 'now-and-then' ? ' (default)' : ''}`);
  });
  for (;;) {
    const answer = (await ask('Answer 1-4 [2]: ')).trim().toLowerCase();
    if (!answer) return 'now-and-then';
    const picked =
      FAMILIARITIES[Number(answer) - 1] ??
      FAMILIARITIES.find((f) => f === answer.replace(/ /g, '-'));
    if (picked) return picked;
    printLine('Type 1, 2, 3 or 4.');
  }
}

/** "Name=Full Name,email=E-mail" → { name: 'Full Name', email: 'E-mail' }. */
export function parseMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const field = canonicalField(eq === -1 ? pair : pair.slice(0, eq));
    const column = eq === -1 ? '' : pair.slice(eq + 1).trim();
    if (!field || !column) {
      throw new UsageError(
        `--map takes field=Column pairs separated by commas; fields: ${MAPPABLE_FIELDS.join(', ')}`,
      );
    }
    mapping[field] = column;
  }
  return mapping;
}

/** Sends the import; with a bar, asks for the progress stream and draws it. */
async function importRequest(
  client: ApiClient,
  body: Record<string, unknown>,
  bar: ProgressBar | null,
): Promise<ImportReport> {
  if (!bar) return client.request<ImportReport>('POST', '/api/import', body);
  const response = await client.send('POST', '/api/import', { body, accept: NDJSON });
  if (!response.ok || !response.body || !response.headers.get('content-type')?.includes(NDJSON)) {
    return readResponse<ImportReport>(response);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const message = JSON.parse(buffer.slice(0, nl)) as {
          progress?: { phase: string; done: number; total: number };
          report?: ImportReport;
          error?: { message: string };
        };
        buffer = buffer.slice(nl + 1);
        if (message.progress)
          bar.update(message.progress.phase, message.progress.done, message.progress.total);
        if (message.error) throw new CliError(message.error.message);
        if (message.report) return message.report;
      }
    }
  } finally {
    bar.clear();
  }
  throw new CliError('The import ended without a result; nothing was changed');
}

function resultOf(report: ImportReport) {
  const { created, updated, merged, skipped, errors } = report;
  return { created, updated, merged, skipped, errors };
}

function printPlan(plan: ImportReport) {
  const what = plan.format === 'vcard' ? 'vCard file' : `CSV (${sourceName(plan.source)})`;
  const cards = plan.people.length + plan.errors.length;
  printLine(
    `${what}: ${plural(cards, plan.format === 'vcard' ? 'card' : 'row')} — ${summary(plan, false)}`,
  );
  if (plan.mapping) {
    const columns = Object.entries(plan.mapping).map(([field, column]) => `${field} ← "${column}"`);
    printLine(`Columns read: ${columns.join(', ')} (change with --map)`);
  }
  if (plan.created > 0) {
    printLine(
      `New people are filed as ${plan.kind}${plan.kind === 'other' ? ' (no reminders; --kind changes it)' : ''}${plan.tag ? `, tagged ${plan.tag}` : ''}.`,
    );
    if (plan.familiarity) {
      printLine(
        `Last talked is estimated as "${FAMILIARITY_LABELS[plan.familiarity as Familiarity] ?? plan.familiarity}", spread over days (--familiarity changes it); a logged conversation replaces it.`,
      );
    }
  }
  const sections: [string, (typeof plan.people)[number]['action']][] = [
    ['new', 'create'],
    ['updated', 'update'],
    ['already here', 'unchanged'],
    ['duplicates in the file', 'duplicate'],
  ];
  for (const [title, action] of sections) {
    const entries = plan.people.filter((e) => e.action === action);
    if (entries.length === 0) continue;
    printLine(`\n${title}:`);
    for (const entry of entries.slice(0, SHOWN))
      printLine(`  line ${String(entry.line).padEnd(6)} ${describe(entry)}`);
    if (entries.length > SHOWN)
      printLine(`  … and ${(entries.length - SHOWN).toLocaleString('en-US')} more`);
  }
  printErrors(plan);
  const warned = plan.people.filter((e) => e.warnings?.length);
  if (warned.length > 0) {
    printLine('\nwarnings:');
    for (const entry of warned.slice(0, SHOWN)) {
      printLine(
        `  line ${String(entry.line).padEnd(6)} ${entry.name}: ${entry.warnings!.join('; ')}`,
      );
    }
    if (warned.length > SHOWN) printLine(`  … and ${warned.length - SHOWN} more`);
  }
}

function describe(entry: ImportReport['people'][number]): string {
  const by = (reason: string) =>
    ({ email: 'e-mail', phone: 'name and phone', uid: 'card id (UID)' })[reason] ?? reason;
  if (entry.action === 'update' && entry.match) {
    return `${entry.name} → ${entry.match.name} (same ${by(entry.match.by)}; adds ${entry.changes?.join(', ')})`;
  }
  if (entry.action === 'unchanged' && entry.match) {
    return `${entry.name} (same ${by(entry.match.by)} as ${entry.match.name}; nothing new)`;
  }
  if (entry.action === 'duplicate' && entry.duplicateOf) {
    return `${entry.name} (same ${by(entry.duplicateOf.by)} as line ${entry.duplicateOf.line}; folded in)`;
  }
  return entry.name;
}

function printResult(report: ImportReport) {
  printLine(`Imported: ${summary(report, true)}.`);
  printErrors(report);
}

function printErrors(report: ImportReport) {
  if (report.errors.length === 0) return;
  printLine(`\n${plural(report.errors.length, 'card or row', 'cards or rows')} skipped:`);
  for (const error of report.errors.slice(0, SHOWN))
    printLine(`  line ${String(error.line).padEnd(6)} ${error.reason}`);
  if (report.errors.length > SHOWN) printLine(`  … and ${report.errors.length - SHOWN} more`);
}

function summary(report: ImportReport, done: boolean): string {
  const parts = [
    `${report.created} ${done ? 'added' : 'new'}`,
    `${report.updated} updated`,
    `${report.skipped} already here`,
    `${report.merged} duplicate${report.merged === 1 ? '' : 's'} folded`,
  ];
  if (report.errors.length) parts.push(plural(report.errors.length, 'error'));
  return parts.join(', ');
}

function sourceName(source: string): string {
  const names: Record<string, string> = {
    'google-csv': 'Google Contacts',
    'outlook-csv': 'Outlook',
    'linkedin-csv': 'LinkedIn connections',
    'mapped-csv': 'your column mapping',
    'guessed-csv': 'columns guessed from the header',
  };
  return names[source] ?? source;
}
