// `/rapport opt-in | opt-out | snooze DATE | met @user` from Slack. A request counts only when
// it is fresh and signed with a workspace's signing secret; the Slack user is then matched to a
// member by a stored mapping, or by e-mail through the bot token (and the mapping remembered).
import type { MemberRecord } from '../../store/team/member-repository';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import type { AppContext } from '../context';
import { isoDateField } from '../people/person-input';
import { giveFeedback } from './rounds';
import { slackOf } from './slack-destination';
import { hasValidSignature, isFreshTimestamp, type SignedRequest } from './slack-signature';

export type SlackCommandResult =
  | { ok: false }
  | { ok: true; reply: { response_type: 'ephemeral'; text: string } };

const HELP =
  'Try `/rapport opt-in`, `/rapport opt-out`, `/rapport snooze 2026-05-01` or `/rapport met @someone`.';

export async function handleSlackCommand(
  ctx: AppContext,
  request: SignedRequest,
): Promise<SlackCommandResult> {
  if (!isFreshTimestamp(request.timestamp, ctx.clock.now().getTime())) return { ok: false };
  const params = new URLSearchParams(request.rawBody);
  const candidates = await ctx.repos.workspaces.listForSlackTeam(params.get('team_id') ?? '');
  const verified = candidates.filter((w) => {
    const secret = slackOf(w).signingSecret;
    return Boolean(secret && hasValidSignature(secret, request));
  });
  if (verified.length === 0) return { ok: false };
  const slackUserId = params.get('user_id') ?? '';
  for (const workspace of verified) {
    const member = await memberForSlackUser(ctx, workspace, slackUserId);
    if (member) return reply(await runCommand(ctx, workspace, member, params.get('text') ?? ''));
  }
  return reply(
    'Rapport does not know your Slack account yet: set your Slack user id in your team profile, or ask an admin to give Rapport a bot token that can read e-mail addresses.',
  );
}

const reply = (text: string): SlackCommandResult => ({
  ok: true,
  reply: { response_type: 'ephemeral', text },
});

async function memberForSlackUser(
  ctx: AppContext,
  workspace: WorkspaceRecord,
  slackUserId: string,
): Promise<MemberRecord | undefined> {
  if (!slackUserId) return undefined;
  const mapped = await ctx.repos.workspaceMembers.findBySlackUser(workspace.id, slackUserId);
  if (mapped) return mapped;
  const botToken = slackOf(workspace).botToken;
  const email = botToken ? await ctx.slack.userEmail(botToken, slackUserId) : null;
  const user = email ? await ctx.repos.users.findByEmail(email) : undefined;
  const member = user && (await ctx.repos.workspaceMembers.find(workspace.id, user.id));
  if (!member) return undefined;
  await ctx.repos.workspaceMembers.update(workspace.id, member.memberId, { slackUserId });
  return { ...member, slackUserId };
}

async function runCommand(
  ctx: AppContext,
  workspace: WorkspaceRecord,
  member: MemberRecord,
  text: string,
): Promise<string> {
  const [verb = '', ...rest] = text.trim().split(/\s+/);
  const update = (changes: Parameters<AppContext['repos']['workspaceMembers']['update']>[2]) =>
    ctx.repos.workspaceMembers.update(workspace.id, member.memberId, changes);
  switch (verb.toLowerCase()) {
    case 'opt-in':
      await update({ pairingOptIn: true, pairingSnoozedUntil: null });
      return `You are in the next coffee round of ${workspace.name}.`;
    case 'opt-out':
      await update({ pairingOptIn: false });
      return `You are out of coffee rounds in ${workspace.name} until you opt in again.`;
    case 'snooze': {
      const date = isoDateField.safeParse(rest[0] ?? '');
      if (!date.success) return 'Snooze until when? Use a date like `/rapport snooze 2026-05-01`.';
      await update({ pairingSnoozedUntil: date.data });
      return `No coffee rounds for you in ${workspace.name} through ${date.data}.`;
    }
    case 'met':
      return recordMet(ctx, workspace, member, rest.join(' '));
    default:
      return HELP;
  }
}

async function recordMet(
  ctx: AppContext,
  workspace: WorkspaceRecord,
  member: MemberRecord,
  who: string,
): Promise<string> {
  const other = await resolveColleague(ctx, workspace, who);
  if (!other) return `I could not tell who "${who}" is in ${workspace.name}.`;
  const [round] = await ctx.repos.pairing.recentRounds(workspace.id, 1, 'coffee');
  const group = round?.groups.find((g) => g.members.includes(member.memberId));
  if (!round || !group?.members.includes(other.memberId) || other.memberId === member.memberId) {
    return `${other.name} was not in your group in the latest round.`;
  }
  await giveFeedback(ctx, member.memberId, workspace.id, round.id, {
    with: other.memberId,
    answer: 'met',
  });
  return `Noted: you met ${other.name}. Thanks!`;
}

/** `<@U123>` / `<@U123|name>` as Slack escapes a mention, or a plain name. */
async function resolveColleague(ctx: AppContext, workspace: WorkspaceRecord, who: string) {
  const mention = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(who.trim());
  if (mention) return memberForSlackUser(ctx, workspace, mention[1]!);
  const name = who.trim().replace(/^@/, '').toLowerCase();
  if (!name) return undefined;
  const members = await ctx.repos.workspaceMembers.list(workspace.id);
  const exact = members.filter((m) => m.name.toLowerCase() === name);
  const partial = members.filter((m) => m.name.toLowerCase().split(/\s+/).includes(name));
  const found = exact.length === 1 ? exact : partial;
  return found.length === 1 ? found[0] : undefined;
}
