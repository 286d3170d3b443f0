// `rapport trip add CITY --tz ZONE --from DATE --to DATE [NAME]`: a stay elsewhere (yours, or a
// person's), and whom to meet there; `trip list` and `trip rm ID`.

import type { Command } from 'commander';
import { withClient } from '../context';
import { userZone } from '../daily-helpers';
import { CliError } from '../errors';
import { pickId } from '../id-prefix';
import { printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';
import { requireZone } from '../when';
import { dayLabel, namesById, readDateAhead, type TripJson } from './time-shared';

interface AddFlags {
  tz: string;
  from: string;
  to: string;
  json?: boolean;
}

interface Meetup {
  id: string;
  name: string;
  why: string;
}

const span = (t: { from: string; to: string }) =>
  t.from === t.to ? dayLabel(t.from) : `${dayLabel(t.from)} – ${dayLabel(t.to)}`;

export function registerTrip(program: Command) {
  const trip = program.command('trip').description('trips: yours and your people’s');

  trip
    .command('add')
    .argument('<city>', 'where to (quote names with spaces: "New York")')
    .argument('[name...]', 'whose trip (default: yours)')
    .description('add a trip, and see whom you could meet there')
    .requiredOption('--tz <zone>', 'the time zone there, e.g. Europe/Lisbon')
    .requiredOption('--from <date>', 'first day: 2026-05-01, "friday", "in 2 weeks"')
    .requiredOption('--to <date>', 'last day, inclusive')
    .option('--json', 'print JSON')
    .action(async (cityText: string, words: string[], flags: AddFlags, command: Command) => {
      const city = cityText.trim();
      if (!city) throw new CliError('The city is empty.');
      const zone = requireZone(flags.tz);
      await withClient(command, async (client, options) => {
        const mine = await userZone(client);
        const from = readDateAhead(flags.from, mine, '--from');
        const to = readDateAhead(flags.to, mine, '--to');
        if (to < from) throw new CliError(`--to ${to} is before --from ${from}.`);
        const person = words.length ? await resolvePerson(client, words.join(' ')) : null;
        const body: Record<string, unknown> = { city, zone, from, to };
        if (person) body.personId = person.id;
        const { trip: added } = await client.request<{ trip: TripJson }>(
          'POST',
          '/api/trips',
          body,
        );
        const { people } = await client.request<{ people: Meetup[] }>(
          'GET',
          `/api/trips/${encodeURIComponent(added.id)}/people`,
        );
        if (options.json) return printJson({ trip: added, people });
        const whose = person ? `${person.name}'s trip` : 'Your trip';
        printLine(`${whose} to ${added.city}, ${span(added)} (${added.zone}) · id: ${added.id}`);
        if (person) {
          if (people.length) printLine(`Also in ${added.city}:`);
        } else if (people.length) {
          printLine(`People to meet in ${added.city}:`);
        } else {
          printLine(`No one you keep lives in ${added.city} or is there then.`);
        }
        for (const p of people) printLine(`  ${p.name} — ${p.why}`);
      });
    });

  trip
    .command('list')
    .description('trips, yours and your people’s, by date')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { trips } = await client.request<{ trips: TripJson[] }>('GET', '/api/trips');
        const sorted = [...trips].sort((a, b) => a.from.localeCompare(b.from));
        if (options.json) return printJson(sorted);
        if (sorted.length === 0) {
          return printLine('No trips yet. Add one with `rapport trip add CITY --tz ZONE ...`.');
        }
        const names = sorted.some((t) => t.personId) ? await namesById(client) : new Map();
        printTable(
          ['ID', 'WHO', 'CITY', 'FROM', 'TO', 'ZONE'],
          sorted.map((t) => [
            t.id,
            t.personId ? (names.get(t.personId) ?? '?') : 'you',
            t.city,
            dayLabel(t.from),
            dayLabel(t.to),
            t.zone,
          ]),
        );
      });
    });

  trip
    .command('rm')
    .argument('<id>', 'the trip’s id (or a unique start of it), from `trip list`')
    .description('remove a trip')
    .action(async (id: string, _flags, command: Command) => {
      await withClient(command, async (client) => {
        const { trips } = await client.request<{ trips: TripJson[] }>('GET', '/api/trips');
        const target = pickId(id, trips, (t) => `${t.city}, ${t.from}`);
        await client.request('DELETE', `/api/trips/${encodeURIComponent(target)}`);
        const gone = trips.find((t) => t.id === target);
        printLine(gone ? `Removed the trip to ${gone.city} (${span(gone)}).` : 'Removed the trip.');
      });
    });
}
