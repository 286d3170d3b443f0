// `rapport log NAME… --via CHANNEL`: record a conversation.
import type { Command } from 'commander';
import { ABOUTS, CHANNELS, INITIATORS } from '../../domain/index';
import type { Interaction } from '../api-types';
import { withClient } from '../context';
import { channelPhrase, listNames, requireChoice, userZone } from '../daily-helpers';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { resolvePeople } from '../people-resolver';
import { describeInstant, parseWhen } from '../when';

interface LogFlags {
  via?: string;
  about?: string;
  by?: string;
  note?: string;
  at?: string;
  json?: boolean;
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
    .option('--json', 'print JSON')
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
        const { interaction } = await client.request<{ interaction: Interaction }>(
          'POST',
          '/api/interactions',
          body,
        );
        if (options.json) return printJson(interaction);
        const who = listNames(interaction.people?.map((p) => p.name) ?? people.map((p) => p.name));
        printLine(
          `Logged ${channelPhrase(interaction.channel)} with ${who} (${describeInstant(interaction.at, now, zone)})`,
        );
        printLine(`id: ${interaction.id}`);
      });
    });
}
