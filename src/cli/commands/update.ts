// `rapport update`: draft a weekly or monthly status update from your logs, print it, and send it
// to your manager by e-mail; `update list` shows the history and `update send ID` sends a draft.

import type { Command } from 'commander';
import type { ApiClient } from '../api-client';
import { withClient } from '../context';
import { collect, listNames, userZone } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { pickId } from '../id-prefix';
import { formatInstant, printJson, printLine, printNote, printTable, printText } from '../output';
import {
  addPeriodFlags,
  chooseFormat,
  cleanList,
  type PeriodFlags,
  periodKind,
  renderIn,
  type StatusUpdate,
} from './credit-shared';

interface UpdateFlags extends Omit<PeriodFlags, 'from' | 'to'> {
  format?: string;
  json?: boolean;
  send?: boolean;
  to?: string[];
}

const statusWords = (update: StatusUpdate) =>
  update.status === 'sent'
    ? 'sent'
    : update.error || update.status === 'failed'
      ? 'draft (send failed)'
      : 'draft';

const periodWords = (update: StatusUpdate) =>
  update.periodStart === update.periodEnd
    ? update.periodStart
    : `${update.periodStart}..${update.periodEnd}`;

export function registerUpdate(program: Command) {
  const update = addPeriodFlags(
    program
      .command('update')
      .description('draft a status update for your manager from your logs, and send it'),
  )
    .option('--format <format>', 'md, html, text or json (default: md)')
    .option('--json', 'print JSON (same as --format json)')
    .option('--send', 'send it by e-mail right away')
    .option('--to <address>', 'send to this address instead of your managers (repeatable)', collect)
    .action(async (_flags: UpdateFlags, command: Command) => {
      const flags = command.opts() as UpdateFlags;
      const format = chooseFormat(flags.format, flags.json, 'md');
      const kind = periodKind(flags);
      const to = cleanList(flags.to);
      if (to.length && !flags.send) {
        throw new UsageError(
          '--to goes with --send (or use `rapport update send ID --to ADDRESS`)',
        );
      }
      await withClient(command, async (client) => {
        const { update: draft } = await client.request<{ update: StatusUpdate }>(
          'POST',
          '/api/updates',
          { period: kind, which: flags.previous ? 'previous' : 'current' },
        );
        if (!flags.send) {
          if (format === 'json') return printJson(draft);
          printText(renderIn(draft, format));
          // The note goes to stderr so that stdout is exactly the document, ready to pipe.
          printNote(draftNote(draft));
          return;
        }
        if (format !== 'json') printText(`${renderIn(draft, format)}\n`);
        const sent = await send(client, draft.id, to, { retryHint: true });
        if (format === 'json') return printJson(sent);
        printLine(sentLine(sent));
      });
    });

  update
    .command('list')
    .description('your status updates, drafts and sent ones, newest first')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      const flags = command.optsWithGlobals() as { json?: boolean };
      await withClient(command, async (client) => {
        const { updates } = await client.request<{ updates: StatusUpdate[] }>(
          'GET',
          '/api/updates',
        );
        if (flags.json) return printJson(updates);
        if (updates.length === 0) {
          return printLine('No status updates yet. Draft one with `rapport update`.');
        }
        const zone = await userZone(client);
        printTable(
          ['ID', 'DATE', 'PERIOD', 'STATUS', 'RECIPIENTS', 'SUBJECT'],
          updates.map((u) => [
            u.id,
            formatInstant(u.sentAt ?? u.createdAt, zone).slice(0, 10),
            periodWords(u),
            statusWords(u),
            u.recipients.join(', ') || '—',
            u.subject,
          ]),
        );
      });
    });

  update
    .command('send')
    .argument('<id>', 'the id of a draft (or a unique start of it), from `rapport update list`')
    .description('send a drafted status update by e-mail')
    .option(
      '--to <address>',
      'send to this address instead of its recipients (repeatable)',
      collect,
    )
    .option('--json', 'print JSON')
    .action(async (id: string, _flags, command: Command) => {
      const flags = command.optsWithGlobals() as { json?: boolean; to?: string[] };
      const to = cleanList(flags.to);
      await withClient(command, async (client) => {
        const { updates } = await client.request<{ updates: StatusUpdate[] }>(
          'GET',
          '/api/updates',
        );
        const target = pickId(id, updates, (u) => `${u.subject}, ${statusWords(u)}`);
        const sent = await send(client, target, to, { retryHint: false });
        if (flags.json) return printJson(sent);
        printLine(sentLine(sent));
      });
    });
}

/**
 * Sends the draft. A failure keeps it (the server says so); after drafting, the message also
 * says how to try again, since the user has not seen the id anywhere else.
 */
async function send(
  client: ApiClient,
  id: string,
  to: string[],
  { retryHint }: { retryHint: boolean },
): Promise<StatusUpdate> {
  try {
    const { update } = await client.request<{ update: StatusUpdate }>(
      'POST',
      `/api/updates/${encodeURIComponent(id)}/send`,
      to.length ? { to } : {},
    );
    return update;
  } catch (error) {
    if (!(error instanceof CliError) || !retryHint) throw error;
    const message = error.message.replace(/\s*$/, '');
    const stop = /[.!?]$/.test(message) ? '' : '.';
    throw new CliError(
      `${message}${stop} Try again with \`rapport update send ${id}${to.map((a) => ` --to ${a}`).join('')}\`.`,
    );
  }
}

function draftNote(draft: StatusUpdate): string {
  const to = draft.recipients.length
    ? `to ${listNames(draft.recipients)}`
    : 'no recipients yet (add --to ADDRESS)';
  return `Draft ${draft.id}: ${draft.subject}; ${to}. Send it with \`rapport update send ${draft.id}\`.`;
}

const sentLine = (update: StatusUpdate) =>
  `Sent to ${listNames(update.recipients)}: ${update.subject} · id: ${update.id}`;
