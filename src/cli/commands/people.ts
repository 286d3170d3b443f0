// `rapport person add|list|show|edit|archive|restore|rm`: the people Rapport keeps you in touch with.
import type { Command } from 'commander';
import {
  DomainInputError,
  isFactExpired,
  PERSON_KINDS,
  parseDuration,
  todayIn,
} from '../../domain/index';
import type { ApiClient } from '../api-client';
import type { Interaction, Person, PersonItem } from '../api-types';
import { describeValues, valuesFromFlags } from '../contact-values';
import { withClient } from '../context';
import {
  cadenceWords,
  channelPhrase,
  collect,
  itemSummary,
  personState,
  plural,
  requireChoice,
  requireText,
  userZone,
} from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { formatInstant, printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';
import { ask, canPrompt } from '../prompt';
import { daysBetween, describeInstant, parseBirthday, parseDay, requireZone } from '../when';
import { registerPersonMerge } from './merge';

interface PersonFlags {
  kind?: string;
  key?: boolean;
  every?: string;
  tz?: string;
  team?: string;
  company?: string;
  title?: string;
  city?: string;
  country?: string;
  office?: string;
  email?: string[];
  phone?: string[];
  birthday?: string;
  fact?: string[];
  tag?: string[];
  note?: string;
  new?: boolean;
  lastTalked?: string;
  json?: boolean;
}

interface ListFlags {
  kind?: string;
  tag?: string;
  team?: string;
  archived?: boolean;
}

interface EditFlags extends PersonFlags {
  name?: string;
  notNew?: boolean;
  pause?: boolean;
  unpause?: boolean;
  untag?: string[];
  removeFact?: string[];
  all?: boolean;
  whereKind?: string;
  whereTag?: string;
}

/** `--kind new-hire`: a co-worker who just joined, marked new so Today suggests saying hello. */
const NEW_HIRE = 'new-hire';
const KIND_HELP = `what they are to you: ${PERSON_KINDS.join(', ')}, or ${NEW_HIRE} (a coworker marked new)`;

const TEXT_FIELDS = ['team', 'company', 'title', 'city', 'country', 'office'] as const;

function addPersonFlags(command: Command): Command {
  return command
    .option('--kind <kind>', KIND_HELP)
    .option('--new', 'new to your work life (joined recently): Today suggests saying hello')
    .option(
      '--last-talked <when>',
      'when you last talked, roughly: "3 weeks ago", "2 months ago", 2026-05-01, or "never"',
    )
    .option('--every <duration>', 'how often to be in touch: 7d, 2w, 3m, 1q')
    .option('--tz <zone>', 'their IANA time zone, e.g. America/New_York')
    .option('--team <team>', 'their team')
    .option('--company <company>', 'their company')
    .option('--title <title>', 'their job title')
    .option('--city <city>', 'where they live or work')
    .option('--country <country>', 'their country')
    .option(
      '--office <name>',
      'the named office they work from, when their city has several ("Berlin HQ"); "" clears it',
    )
    .option(
      '--email <email>',
      'an e-mail address, or label:address ("work:ann@example.com"); repeatable, the first is preferred; on edit, replaces their e-mails ("" removes them)',
      collect,
    )
    .option(
      '--phone <phone>',
      'a phone number, or label:number ("mobile:+49 170 1234567"); repeatable, the first is preferred; on edit, replaces their numbers',
      collect,
    )
    .option('--birthday <date>', 'YYYY-MM-DD, or MM-DD without the year')
    .option(
      '--fact <text>',
      'something personal to remember (repeatable); add "until 2027-04-20" or "(until April 2027)" when it stops being true',
      collect,
    )
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--note <text>', 'a free-form note');
}

/** The request body for the flags shared by add and edit, checked before anything is sent. */
function personBody(flags: PersonFlags): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (flags.kind !== undefined && flags.kind.trim().toLowerCase() === NEW_HIRE) {
    body.kind = 'coworker';
    body.isNew = true;
  } else if (flags.kind !== undefined) {
    body.kind = requireChoice(flags.kind, PERSON_KINDS, 'kind');
  }
  if (flags.new) body.isNew = true;
  if (flags.key !== undefined) body.key = flags.key;
  if (flags.every !== undefined) body.cadenceDays = cadenceFrom(flags.every);
  if (flags.tz !== undefined) body.timeZone = requireZone(flags.tz);
  for (const field of TEXT_FIELDS) {
    const value = flags[field];
    if (value !== undefined) body[field] = value.trim() || null;
  }
  const emails = valuesFromFlags(flags.email, 'email');
  if (emails !== undefined) body.emails = emails;
  const phones = valuesFromFlags(flags.phone, 'phone');
  if (phones !== undefined) body.phones = phones;
  if (flags.birthday !== undefined) body.birthday = parseBirthday(flags.birthday);
  if (flags.note !== undefined) body.notes = flags.note.trim() || null;
  return body;
}

function cadenceFrom(text: string): number | null {
  if (/^(default|reset)$/i.test(text.trim())) return null;
  try {
    return parseDuration(text);
  } catch (error) {
    if (error instanceof DomainInputError) throw new CliError(`--every: ${error.message}`);
    throw error;
  }
}

/** `--last-talked` as a date in the user's zone; "never" or "unknown": no estimate (null). */
async function lastTalkedFrom(client: ApiClient, text: string): Promise<string | null> {
  if (/^(never|unknown|don'?t know|-)$/i.test(text.trim())) return null;
  const zone = await userZone(client);
  const now = new Date().toISOString();
  const day = parseDay(text, now, zone);
  if (day > todayIn(zone, now)) throw new CliError('--last-talked: that is in the future.');
  return day;
}

/** Tells the user when they already keep someone of this name (the person is added anyway). */
async function warnSameName(client: ApiClient, name: string, json: boolean) {
  const { people } = await client.request<{ people: Person[] }>(
    'GET',
    `/api/people?match=${encodeURIComponent(name)}`,
  );
  const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const same = people.filter((p) => fold(p.name) === fold(name));
  if (same.length === 0) return;
  const ids = same.map((p) => p.id).join(', ');
  const line = `Note: you already have ${plural(same.length, 'person', 'people')} called ${name} (id ${ids}); adding another. Use an id (or its start) to tell them apart, or \`rapport person merge\` if they are one.`;
  if (json) process.stderr.write(`${line}\n`);
  else printLine(line);
}

const cleanList = (values: string[] | undefined) => [
  ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
];

const joinName = (words: string[]) => words.join(' ');

export function registerPeople(program: Command) {
  const person = program.command('person').description('the people you keep in touch with');
  registerPersonMerge(person);

  addPersonFlags(
    person
      .command('add')
      .argument('<name...>', 'their name')
      .description('add someone to keep in touch with')
      .option('--key', 'a key relationship: ranked higher, key co-workers weekly'),
  )
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: PersonFlags, command: Command) => {
      const name = requireText(joinName(words), 'name');
      const body: Record<string, unknown> = { name, ...personBody(flags) };
      if (body.cadenceDays === null) delete body.cadenceDays;
      const tags = cleanList(flags.tag);
      const facts = cleanList(flags.fact);
      if (tags.length) body.tags = tags;
      if (facts.length) body.facts = facts;
      await withClient(command, async (client, options) => {
        if (flags.lastTalked !== undefined) {
          const estimate = await lastTalkedFrom(client, flags.lastTalked);
          if (estimate) body.lastTalkedEstimate = estimate;
        }
        await warnSameName(client, name, Boolean(options.json));
        const { person: added } = await client.request<{ person: Person }>(
          'POST',
          '/api/people',
          body,
        );
        if (options.json) return printJson(added);
        const extras = [
          added.newSince && 'new: Today suggests saying hello',
          added.lastTalkedEstimate && `last talked about ${added.lastTalkedEstimate}`,
        ].filter(Boolean);
        printLine(
          `Added ${added.name} (${[added.kind, cadenceWords(added.cadenceDays), ...extras].join(', ')})`,
        );
        printLine(`id: ${added.id}`);
      });
    });

  person
    .command('list')
    .description('list the people you keep in touch with')
    .option('--kind <kind>', 'only this kind')
    .option('--tag <tag>', 'only people with this tag')
    .option('--team <team>', 'only this team')
    .option('--archived', 'only the people you archived (left out otherwise)')
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags, command: Command) => {
      const query = new URLSearchParams();
      if (flags.kind) query.set('kind', requireChoice(flags.kind, PERSON_KINDS, 'kind'));
      if (flags.tag) query.set('tag', flags.tag);
      if (flags.team) query.set('team', flags.team);
      if (flags.archived) query.set('archived', 'true');
      await withClient(command, async (client, options) => {
        const qs = query.toString();
        const { people } = await client.request<{ people: Person[] }>(
          'GET',
          `/api/people${qs ? `?${qs}` : ''}`,
        );
        if (options.json) return printJson(people);
        if (people.length === 0) {
          if (flags.archived) return printLine('No one is archived.');
          return printLine(
            qs ? 'No one matches.' : 'No one yet. Add someone with `rapport person add NAME`.',
          );
        }
        const zone = await userZone(client);
        const now = new Date().toISOString();
        const today = todayIn(zone, now);
        printTable(
          ['NAME', 'KIND', 'CADENCE', 'LAST TALKED', 'TEAM', 'TAGS'],
          people.map((p) => [
            p.key ? `${p.name} *` : p.name,
            p.kind,
            p.archivedAt
              ? `archived ${formatInstant(p.archivedAt, zone).slice(0, 10)}`
              : p.paused
                ? 'paused'
                : p.snoozedUntil && p.snoozedUntil > today
                  ? `snoozed to ${p.snoozedUntil}`
                  : cadenceWords(p.cadenceDays),
            lastTalkedWords(p, now, zone),
            p.team ?? '',
            p.tags.join(', '),
          ]),
        );
      });
    });

  person
    .command('show')
    .argument('<name...>', 'their name, or the start of it')
    .description('everything you know about someone')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const found = await resolvePerson(client, joinName(words), 'all');
        const { person: full } = await client.request<{ person: Person }>(
          'GET',
          `/api/people/${encodeURIComponent(found.id)}`,
        );
        if (options.json) return printJson(full);
        await showPerson(client, full);
      });
    });

  addPersonFlags(
    person
      .command('edit')
      .argument('[name...]', 'their name, id, or the start of either (or --all)')
      .description('change what Rapport knows about someone, or about many people with --all')
      .option('--name <name>', 'a new name')
      .option('--key', 'mark as a key relationship')
      .option('--no-key', 'no longer a key relationship'),
  )
    .option('--not-new', 'no longer new: no more first-contact suggestions')
    .option('--untag <tag>', 'remove a tag (repeatable)', collect)
    .option('--remove-fact <text>', 'forget a fact (repeatable)', collect)
    .option('--pause', 'pause reminders')
    .option('--unpause', 'resume reminders (clears a pause and a snooze)')
    .option('--all', 'change everyone (narrow with --where-kind and --where-tag)')
    .option('--where-kind <kind>', 'with --all: only people of this kind')
    .option('--where-tag <tag>', 'with --all: only people with this tag')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
--fact and --tag add to what is kept; --every default restores the kind’s cadence.

With --all, the change goes to everyone, or to those --where-kind and --where-tag select:
  --kind K sets the kind, --every sets the cadence, --tag T ADDS a tag, --untag T removes one,
  --new / --not-new, --pause / --unpause. It prints how many people changed. Examples:
    rapport person edit --all --where-tag berlin --kind coworker --tag office
    rapport person edit --all --where-kind other --pause`,
    )
    .action(async (words: string[], flags: EditFlags, command: Command) => {
      if (flags.all) return editAll(words, flags, command);
      if (words.length === 0) throw new UsageError('person edit needs a name, an id, or --all');
      if (flags.whereKind !== undefined || flags.whereTag !== undefined) {
        throw new UsageError('--where-kind and --where-tag go with --all');
      }
      const body = personBody(flags);
      if (flags.name !== undefined) body.name = requireText(flags.name, 'new name');
      if (flags.notNew) body.isNew = false;
      if (flags.new && flags.notNew)
        throw new UsageError('--new and --not-new contradict each other');
      if (flags.pause && flags.unpause)
        throw new UsageError('--pause and --unpause contradict each other');
      if (flags.pause) body.paused = true;
      if (flags.unpause) {
        body.paused = false;
        body.snoozedUntil = null;
      }
      const listChanges = [flags.tag, flags.untag, flags.fact, flags.removeFact].some(
        (l) => l !== undefined,
      );
      if (Object.keys(body).length === 0 && !listChanges && flags.lastTalked === undefined) {
        throw new UsageError('person edit needs something to change, e.g. --every 2w or --tag x');
      }
      await withClient(command, async (client, options) => {
        const found = await resolvePerson(client, joinName(words));
        if (flags.lastTalked !== undefined) {
          body.lastTalkedEstimate = await lastTalkedFrom(client, flags.lastTalked);
        }
        if (listChanges) {
          const { person: current } = await client.request<{ person: Person }>(
            'GET',
            `/api/people/${encodeURIComponent(found.id)}`,
          );
          body.tags = merged(current.tags, flags.tag, flags.untag, 'tag', current.name);
          body.facts = merged(current.facts, flags.fact, flags.removeFact, 'fact', current.name);
        }
        const { person: updated } = await client.request<{ person: Person }>(
          'PATCH',
          `/api/people/${encodeURIComponent(found.id)}`,
          body,
        );
        if (options.json) return printJson(updated);
        printLine(`Updated ${updated.name} (${personState(updated)})`);
      });
    });

  for (const [verb, scope, help, done] of [
    [
      'archive',
      'false',
      'archive someone: off your lists, Today and search; all they are kept',
      'Archived',
    ],
    ['restore', 'true', 'bring an archived person back to your lists and Today', 'Restored'],
  ] as const) {
    person
      .command(verb)
      .argument('<name...>', 'their name, id, or the start of either')
      .description(help)
      .option('--json', 'print JSON')
      .action(async (words: string[], _flags, command: Command) => {
        await withClient(command, async (client, options) => {
          const found = await resolvePerson(client, joinName(words), scope);
          const { person: changed } = await client.request<{ person: Person }>(
            'POST',
            `/api/people/${encodeURIComponent(found.id)}/${verb}`,
          );
          if (options.json) return printJson(changed);
          printLine(`${done} ${changed.name}.`);
        });
      });
  }

  person
    .command('rm')
    .alias('remove')
    .argument('<name...>', 'their name, or the start of it')
    .description('remove someone and their history')
    .option('--yes', 'do not ask for confirmation')
    .action(async (words: string[], flags: { yes?: boolean }, command: Command) => {
      const interactive = canPrompt();
      if (!flags.yes && !interactive) {
        throw new UsageError('person rm deletes their history too; pass --yes to confirm');
      }
      await withClient(command, async (client) => {
        const found = await resolvePerson(client, joinName(words));
        if (!flags.yes) {
          const count = found.interactionCount
            ? ` and ${plural(found.interactionCount, 'logged conversation')}`
            : '';
          const answer = await ask(`Remove ${found.name}${count}? [y/N] `);
          if (!/^y(es)?$/i.test(answer)) return printLine('Kept.');
        }
        await client.request('DELETE', `/api/people/${encodeURIComponent(found.id)}`);
        printLine(`Removed ${found.name}.`);
      });
    });
}

/** `person edit --all`: one bulk request for everyone the filters select. */
async function editAll(words: string[], flags: EditFlags, command: Command) {
  if (words.length > 0) {
    throw new UsageError(
      'person edit --all takes no name; narrow it with --where-kind or --where-tag',
    );
  }
  const single = [
    'name',
    'key',
    'tz',
    'team',
    'company',
    'title',
    'city',
    'country',
    'office',
    'email',
    'phone',
    'birthday',
    'fact',
    'removeFact',
    'note',
    'lastTalked',
  ] as const;
  const refused = single.filter((flag) => flags[flag] !== undefined);
  if (refused.length > 0) {
    const shown = refused.map((f) => `--${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    throw new UsageError(
      `${shown.join(', ')} cannot go to everyone at once; with --all use --kind, --every, --tag, --untag, --new, --not-new, --pause or --unpause`,
    );
  }
  const set: Record<string, unknown> = {};
  const base = personBody({ kind: flags.kind, every: flags.every, new: flags.new });
  if (base.kind !== undefined) set.kind = base.kind;
  if (base.cadenceDays !== undefined) set.cadenceDays = base.cadenceDays;
  if (base.isNew !== undefined) set.isNew = base.isNew;
  if (flags.new && flags.notNew) throw new UsageError('--new and --not-new contradict each other');
  if (flags.notNew) set.isNew = false;
  if (flags.pause && flags.unpause)
    throw new UsageError('--pause and --unpause contradict each other');
  if (flags.pause) set.paused = true;
  if (flags.unpause) set.paused = false;
  const addTags = cleanList(flags.tag);
  const removeTags = cleanList(flags.untag);
  if (Object.keys(set).length === 0 && addTags.length === 0 && removeTags.length === 0) {
    throw new UsageError(
      'person edit --all needs a change: --kind, --every, --tag, --untag, --new, --not-new, --pause or --unpause',
    );
  }
  const query = new URLSearchParams();
  if (flags.whereKind)
    query.set('kind', requireChoice(flags.whereKind, PERSON_KINDS, '--where-kind'));
  if (flags.whereTag) query.set('tag', flags.whereTag.trim());
  await withClient(command, async (client, options) => {
    const qs = query.toString();
    const { people } = await client.request<{ people: Person[] }>(
      'GET',
      `/api/people${qs ? `?${qs}` : ''}`,
    );
    if (people.length === 0) {
      if (options.json) return printJson({ changed: 0, deleted: 0, ids: [] });
      return printLine(qs ? 'No one matches; nothing changed.' : 'No one yet; nothing changed.');
    }
    const result = await client.request<{ changed: number; ids: string[] }>(
      'POST',
      '/api/people/bulk',
      {
        ids: people.map((p) => p.id),
        ...(Object.keys(set).length > 0 && { set }),
        ...(addTags.length > 0 && { addTags }),
        ...(removeTags.length > 0 && { removeTags }),
      },
    );
    if (options.json) return printJson(result);
    const unchanged = people.length - result.changed;
    printLine(
      `Changed ${plural(result.changed, 'person', 'people')}${unchanged > 0 ? ` (${unchanged} already so)` : ''}.`,
    );
  });
}

/** "3 days ago", or "about 3 weeks ago (estimate)" before the first logged conversation. */
function lastTalkedWords(person: Person, now: string, zone: string): string {
  if (person.lastInteractionAt) return describeInstant(person.lastInteractionAt, now, zone);
  if (person.lastTalkedEstimate) {
    const days = -daysBetween(todayIn(zone, now), person.lastTalkedEstimate);
    return `~${days <= 1 ? 'recently' : roughAgo(days)} (estimate)`;
  }
  return 'never';
}

function roughAgo(days: number): string {
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30)} months ago`;
}

function merged(
  current: string[],
  add: string[] | undefined,
  remove: string[] | undefined,
  what: string,
  name: string,
): string[] {
  const dropping = cleanList(remove);
  for (const value of dropping) {
    if (!current.some((c) => c.toLowerCase() === value.toLowerCase())) {
      throw new CliError(`${name} has no ${what} "${value}".`);
    }
  }
  const kept = current.filter((c) => !dropping.some((d) => d.toLowerCase() === c.toLowerCase()));
  for (const value of cleanList(add)) {
    if (!kept.some((k) => k.toLowerCase() === value.toLowerCase())) kept.push(value);
  }
  return kept;
}

async function showPerson(client: ApiClient, person: Person) {
  const zone = await userZone(client);
  const now = new Date().toISOString();
  const today = todayIn(zone, now);
  const timeline = await client.request<{ interactions: Interaction[]; items: PersonItem[] }>(
    'GET',
    `/api/people/${encodeURIComponent(person.id)}/timeline`,
  );
  printLine(`${person.name} — ${personState(person, today)}`);
  if (person.archivedAt) {
    printLine(
      `  archived:    ${formatInstant(person.archivedAt, zone)} (restore: \`rapport person restore ${person.name}\`)`,
    );
  }
  const work = [
    person.title,
    person.company && `at ${person.company}`,
    person.team && `team ${person.team}`,
  ]
    .filter(Boolean)
    .join(', ');
  if (work) printLine(`  work:        ${work}`);
  const place = [person.office, [person.city, person.country].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' · ');
  if (place || person.timeZone) {
    printLine(
      `  where:       ${[place, person.timeZone && `(${person.timeZone})`].filter(Boolean).join(' ')}`,
    );
  }
  for (const line of describeValues(person.emails)) printLine(`  e-mail:      ${line}`);
  for (const line of describeValues(person.phones)) printLine(`  phone:       ${line}`);
  for (const address of person.addresses) {
    const text = [
      address.street?.replace(/\n/g, ', '),
      address.postcode,
      address.city,
      address.region,
      address.country,
    ]
      .filter(Boolean)
      .join(', ');
    printLine(`  address:     ${text}${address.label ? ` (${address.label})` : ''}`);
  }
  printLine(
    `  last talked: ${
      person.lastInteractionAt
        ? `${describeInstant(person.lastInteractionAt, now, zone)} (${formatInstant(person.lastInteractionAt, zone)})`
        : person.lastTalkedEstimate
          ? `${lastTalkedWords(person, now, zone)}, around ${person.lastTalkedEstimate}`
          : 'never'
    }, ${plural(person.interactionCount, 'conversation')}`,
  );
  if (person.newSince) printLine(`  new since:   ${person.newSince} (Today suggests saying hello)`);
  if (person.tags.length) printLine(`  tags:        ${person.tags.join(', ')}`);
  if (person.facts.length) {
    printLine('  facts:');
    for (const fact of person.facts) {
      printLine(`    · ${fact}${isFactExpired(fact, today) ? ' (expired)' : ''}`);
    }
  }
  if (person.dates.length) {
    printLine('  dates:');
    for (const date of person.dates) {
      const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
      const label = date.type === 'custom' ? (date.label ?? 'date') : date.type.replace('-', ' ');
      printLine(`    · ${label}: ${date.year ? `${date.year}-${md}` : md}`);
    }
  }
  if (person.notes) printLine(`  notes:       ${person.notes}`);
  const open = timeline.items.filter((item) => !item.doneAt);
  if (open.length) {
    printLine('  open:');
    for (const item of open) printLine(`    · ${itemSummary(item)}  [${item.id}]`);
  }
  const recent = [...timeline.interactions].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 5);
  if (recent.length) {
    printLine('  recent:');
    for (const i of recent) {
      const others = i.people.filter((p) => p.id !== person.id).map((p) => p.name);
      const withOthers = others.length ? ` with ${others.join(', ')}` : '';
      const note = i.note ? ` — ${i.note}` : '';
      printLine(
        `    · ${formatInstant(i.at, zone)}  ${channelPhrase(i.channel)}${withOthers} (${i.about}, by ${i.initiator})${note}`,
      );
    }
  }
}
