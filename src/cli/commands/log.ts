// `rapport log NAME… --via CHANNEL`: record a conversation. `--closes` also closes the replies
// owed to them (all, or the one named by id), so "Reply to Ann" leaves Today once you replied.

import type { Command } from 'commander';
import { ABOUTS, CHANNELS, INITIATORS } from '../../domain/index';
import type { ApiClient } from '../api-client';
import type { Interaction, PersonItem } from '../api-types';
import { withClient } from '../context';
import { channelPhrase, listNames, requireChoice, userZone } from '../daily-helpers';
import { UsageError } from '../errors';
import { pickId } from '../id-prefix';
import { printJson, printLine } from '../output';
import { resolvePeople } from '../people-resolver';
import { describeInstant, parseWhen } from '../when';

interface LogFlags {
  via?: string;
  about?: string;
  by?: string;
  note?: string;
  at?: string;
  closes?: boolean | string;
  json?: boolean;
}

interface ClosedReply {
  id: string;
  personName: string;
  text: string;
}

export function registerLog(program: Command) {
  program
    .command('log')
    .argument('<names...>', 'who you talked with (each a name or the start of one)')
    .description('record a conversation')
    .option('--via <channel>', `how: ${CHANNELS.join(', ')}`)
    .option('--about <about>', 'personal, work or both', 'both')
    .option('--by <who>', 'who reached out: me, them or mutual', 'me')
    .option('--note <text>', 'what was said, to follow up on next time')
    .option('--at <when>', 'when: "3 days ago", "yesterday", 2026-05-01 or 2026-05-01T14:30', 'now')
    .option(
      '--closes [id]',
      'this answers their replies owed: all of them, or only the one with this id (or its start; several: id1,id2)',
    )
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nPut --closes after the names, or give it an id: `rapport log Ann --via email --closes`.',
    )
    .action(async (names: string[], flags: LogFlags, command: Command) => {
      if (!flags.via) throw new UsageError(`log needs --via (${CHANNELS.join(', ')})`);
      const channel = requireChoice(flags.via, CHANNELS, 'channel');
      const about = requireChoice(flags.about ?? 'both', ABOUTS, '--about value');
      const initiator = requireChoice(flags.by ?? 'me', INITIATORS, '--by value');
      await withClient(command, async (client, options) => {
        const zone = await userZone(client);
        const now = new Date().toISOString();
        const at = parseWhen(flags.at ?? 'now', now, zone);
        const people = await resolvePeople(client, names);
        const body: Record<string, unknown> = {
          personIds: people.map((p) => p.id),
          channel,
          initiator,
          about,
          at,
        };
        const note = flags.note?.trim();
        if (note) body.note = note;
        if (flags.closes === true) body.closesReplies = true;
        else if (typeof flags.closes === 'string') {
          body.closes = await replyIds(client, flags.closes, body.personIds as string[]);
        }
        const { interaction, closed = [] } = await client.request<{
          interaction: Interaction;
          closed?: ClosedReply[];
        }>('POST', '/api/interactions', body);
        // With --closes the JSON also says what was closed (a field added to the interaction).
        if (options.json) {
          return printJson(flags.closes === undefined ? interaction : { ...interaction, closed });
        }
        const who = listNames(interaction.people?.map((p) => p.name) ?? people.map((p) => p.name));
        printLine(
          `Logged ${channelPhrase(interaction.channel)} with ${who} (${describeInstant(interaction.at, now, zone)})`,
        );
        printLine(`id: ${interaction.id}`);
        for (const reply of closed)
          printLine(`Closed: reply to ${reply.personName} — ${reply.text}`);
        if (flags.closes === true && closed.length === 0) {
          printLine(`No open replies owed to ${who}; nothing to close.`);
        }
      });
    });
}

/** The full ids of the open replies owed to these people that `text` names (ids or starts). */
async function replyIds(client: ApiClient, text: string, personIds: string[]) {
  const wanted = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (wanted.length === 0) throw new UsageError('--closes takes an id, or nothing for all');
  const open: PersonItem[] = [];
  for (const personId of personIds) {
    const { items } = await client.request<{ items: PersonItem[] }>(
      'GET',
      `/api/items?type=reply&open=true&personId=${encodeURIComponent(personId)}`,
    );
    open.push(...items);
  }
  return wanted.map((id) => pickId(id, open, (item) => `${item.personName}: ${item.text}`));
}
