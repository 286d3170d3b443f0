// `rapport team create | list | invite | join | profile | directory`: workspaces and the directory.
import type { Command } from 'commander';
import { withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine, printNote, printTable } from '../output';
import {
  commaList,
  pickWorkspace,
  teamCommand,
  type WorkspaceSummary,
  workspacePath,
} from './team-workspace';

type Entry = Record<string, unknown> & { id: string; name: string; workspaceRole: string };

/** What `--share` accepts, short names included, and the API field each one is. */
const SHARE_NAMES: Record<string, string> = {
  email: 'email',
  tz: 'timeZone',
  zone: 'timeZone',
  timezone: 'timeZone',
  hours: 'workingHours',
  office: 'officeDays',
  'office-days': 'officeDays',
  city: 'city',
  team: 'team',
  role: 'role',
  interests: 'interests',
  ask: 'askMeAbout',
  'ask-me-about': 'askMeAbout',
  birthday: 'birthday',
  'work-start': 'workStart',
  start: 'workStart',
};

const wsOption = (command: Command) =>
  command.option('--workspace <name>', 'the workspace, when you are in several');

export function registerTeam(program: Command) {
  const team = teamCommand(program);

  team
    .command('create')
    .argument('<name>', 'the workspace name')
    .description('create a workspace; you become its admin')
    .option('--json', 'print JSON')
    .action(async (name: string, _options, command: Command) => {
      await withClient(command, async (client, options) => {
        const { workspace } = await client.request<{ workspace: { id: string; name: string } }>(
          'POST',
          '/api/workspaces',
          { name },
        );
        if (options.json) return printJson(workspace);
        printLine(`Created workspace "${workspace.name}". Invite colleagues: rapport team invite`);
      });
    });

  team
    .command('list')
    .description('the workspaces you are in')
    .option('--json', 'print JSON')
    .action(async (_options, command: Command) => {
      await withClient(command, async (client, options) => {
        const { workspaces } = await client.request<{ workspaces: WorkspaceSummary[] }>(
          'GET',
          '/api/workspaces',
        );
        if (options.json) return printJson(workspaces);
        if (workspaces.length === 0)
          return printLine('No workspaces yet: rapport team create NAME');
        printTable(
          ['NAME', 'ROLE', 'MEMBERS', 'ID'],
          workspaces.map((w) => [w.name, w.role, String(w.memberCount), w.workspaceId]),
        );
      });
    });

  wsOption(
    team
      .command('invite')
      .argument(
        '[email]',
        'only this address may use the link (once); without an account, it creates one',
      )
      .description('create an invite link (admins); it is printed once'),
  )
    .option('--newcomer', 'for someone new to the team: introduce them to a few colleagues')
    .option('--existing', 'for a colleague already on the team: no introductions')
    .option('--json', 'print JSON')
    .action(
      async (
        email: string | undefined,
        flags: { workspace?: string; newcomer?: boolean; existing?: boolean },
        command: Command,
      ) => {
        if (flags.newcomer && flags.existing) {
          throw new UsageError('--newcomer or --existing, not both');
        }
        await withClient(command, async (client, options) => {
          const workspace = await pickWorkspace(client, flags.workspace);
          const body = {
            ...(email && { email }),
            ...(flags.newcomer && { newcomer: true }),
            ...(flags.existing && { newcomer: false }),
          };
          const invite = await client.request<{
            url: string;
            token: string;
            expiresAt: string;
            mailed: boolean;
          }>('POST', workspacePath(workspace, '/invites'), body);
          if (options.json) return printJson(invite);
          printLine(invite.url);
          const who = email
            ? `Only ${email} can join with it, once,`
            : 'Anyone with an account here can join with it';
          const sent = invite.mailed ? ` E-mailed to ${email}.` : '';
          printNote(
            `${who} until ${invite.expiresAt.slice(0, 10)}: rapport team join ${invite.token}.${sent}`,
          );
        });
      },
    );

  team
    .command('join')
    .argument('<token>', 'the invite token, or the whole link')
    .description('join a workspace with an invite')
    .action(async (token: string, _options, command: Command) => {
      await withClient(command, async (client) => {
        const bare = token.trim().split('/').filter(Boolean).at(-1) ?? '';
        const { workspace } = await client.request<{ workspace: { name: string } }>(
          'POST',
          '/api/workspaces/join',
          { token: bare },
        );
        printLine(
          `Joined "${workspace.name}". Share what you like: rapport team profile --share …`,
        );
      });
    });

  wsOption(
    team
      .command('profile')
      .description('your directory profile: set values and choose what to share')
      .option('--share <fields>', `comma list: ${Object.keys(SHARE_NAMES).join(', ')}`)
      .option('--interests <list>', 'comma list')
      .option('--city <city>')
      .option('--team <team>')
      .option('--role <role>')
      .option('--ask-me-about <topics>')
      .option('--birthday <MM-DD>', 'day and month only')
      .option('--work-start <date>', 'YYYY-MM-DD')
      .option('--office <days>', 'comma list of weekdays, e.g. tue,thu')
      .option(
        '--coffee <on|off>',
        'coffee pairing: on to be paired, off to stay out (off until you say on)',
      ),
  )
    .option('--json', 'print JSON')
    .action(async (flags: Record<string, string | undefined>, command: Command) => {
      const changes = profileChanges(flags);
      await withClient(command, async (client, options) => {
        const workspace = await pickWorkspace(client, flags.workspace);
        const path = workspacePath(workspace, '/profile');
        const { profile } = Object.keys(changes).length
          ? await client.request<{ profile: Profile }>('PATCH', path, changes)
          : await client.request<{ profile: Profile }>('GET', path);
        if (options.json) return printJson(profile);
        const { values, share } = profile;
        for (const [key, value] of Object.entries(values)) {
          if (key === 'workingHours' || value == null) continue;
          const shown = Array.isArray(value) ? value.join(', ') : String(value);
          printLine(`${share.includes(key) ? 'shared ' : 'private'}  ${key}: ${shown}`);
        }
        printLine(`${share.includes('workingHours') ? 'shared ' : 'private'}  workingHours`);
        printLine(
          profile.pairing.optIn
            ? 'coffee   on: you are paired in coffee rounds (--coffee off to stop)'
            : 'coffee   off: you are not paired until you say yes (--coffee on)',
        );
      });
    });

  wsOption(team.command('directory').description('colleagues, with what each one shares'))
    .option('--json', 'print JSON')
    .action(async (flags: { workspace?: string }, command: Command) => {
      await withClient(command, async (client, options) => {
        const workspace = await pickWorkspace(client, flags.workspace);
        const { members } = await client.request<{ members: Entry[] }>(
          'GET',
          workspacePath(workspace, '/directory'),
        );
        if (options.json) return printJson(members);
        printTable(
          ['NAME', 'ZONE', 'TEAM', 'CITY', 'INTERESTS', 'ASK ME ABOUT'],
          members.map((m) => [
            m.name,
            text(m.timeZone),
            text(m.team),
            text(m.city),
            Array.isArray(m.interests) ? m.interests.join(', ') : '',
            text(m.askMeAbout),
          ]),
        );
      });
    });
}

interface Profile {
  values: Record<string, unknown>;
  share: string[];
  pairing: { optIn: boolean };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function profileChanges(flags: Record<string, string | undefined>) {
  const changes: Record<string, unknown> = {};
  if (flags.share !== undefined) {
    changes.share = commaList(flags.share).map((name) => {
      const field = SHARE_NAMES[name.toLowerCase()];
      if (!field)
        throw new UsageError(
          `--share: "${name}" is not a field (${Object.keys(SHARE_NAMES).join(', ')})`,
        );
      return field;
    });
  }
  if (flags.coffee !== undefined) {
    const value = flags.coffee.trim().toLowerCase();
    if (value !== 'on' && value !== 'off') {
      throw new UsageError(`--coffee: say on or off, not "${flags.coffee}"`);
    }
    changes.pairing = { optIn: value === 'on' };
  }
  if (flags.interests !== undefined) changes.interests = commaList(flags.interests);
  if (flags.office !== undefined) changes.officeDays = commaList(flags.office.toLowerCase());
  for (const [flag, field] of [
    ['city', 'city'],
    ['team', 'team'],
    ['role', 'role'],
    ['askMeAbout', 'askMeAbout'],
    ['birthday', 'birthday'],
    ['workStart', 'workStart'],
  ] as const) {
    if (flags[flag] !== undefined) changes[field] = flags[flag];
  }
  return changes;
}
