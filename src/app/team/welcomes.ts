// A newcomer is introduced to a few colleagues chosen by the pairing engine itself (its
// onboarding rule favours their own team first): each pass takes the newcomer's partner and
// excludes them for the next pass. The introductions are stored as a "welcome" round, mailed to
// everyone involved (each in their own working hours, see team-mail) and posted to Slack, and
// each person involved finds a first-contact item on their Today (app/today/welcome-items).
// Only newcomers are welcomed (see isNewcomerJoin): the founding members of a new workspace are
// colleagues who already know each other. A failed welcome never fails the join.
import type { MemberRecord } from '../../store/team/member-repository';
import type { RoundRecord } from '../../store/team/pairing-repository';
import { type AppContext, inTransaction } from '../context';
import { deliverOutbox, enqueueSlack } from '../outbox/outbox-sender';
import { requireMember } from './membership';
import { runEngine } from './pairing-engine';
import { slackEscape } from './round-delivery';
import { localDate } from './round-schedule';
import { participants } from './rounds';
import { slackDestination } from './slack-settings';
import { type MemberMail, queueMemberMail } from './team-mail';
import { pairingOf } from './workspaces';

const WELCOME_COLLEAGUES = 3;
/** The first weeks of a workspace: who joins then is rolling it out with colleagues they know. */
export const FOUNDING_DAYS = 14;
/** How long someone who joined counts as new to the team. */
export const NEWCOMER_DAYS = 30;
const DAY_MS = 24 * 3600_000;

/**
 * Whether someone joining now is new to the team: the invite says so when the admin chose;
 * otherwise whoever joins after the workspace's founding weeks is.
 */
export function isNewcomerJoin(
  workspaceCreatedAt: string,
  inviteSays: boolean | null,
  now: Date,
): boolean {
  if (inviteSays !== null) return inviteSays;
  return now.getTime() - Date.parse(workspaceCreatedAt) > FOUNDING_DAYS * DAY_MS;
}

/** The day a member became new to the team, while that is within the last 30 days. */
export function recentNewcomerSince(member: MemberRecord, now: Date): string | null {
  if (!member.newcomerSince) return null;
  const since = Date.parse(`${member.newcomerSince}T00:00:00Z`);
  return now.getTime() - since <= NEWCOMER_DAYS * DAY_MS ? member.newcomerSince : null;
}
const EMPTY_ROUND: RoundRecord = {
  id: '',
  workspaceId: '',
  kind: 'welcome',
  roundDate: '',
  seed: '',
  origin: 'scheduled',
  createdAt: '',
  groups: [],
  feedback: [],
};

interface Introduction {
  colleague: MemberRecord;
  reason: string;
}

export async function welcomeNewMember(ctx: AppContext, workspaceId: string, newcomerId: string) {
  try {
    const intros = await chooseColleagues(ctx, workspaceId, newcomerId);
    if (intros.length > 0) await sendWelcome(ctx, workspaceId, newcomerId, intros);
  } catch (error) {
    ctx.log.error({ err: error, workspaceId }, 'welcome failed');
  }
}

async function chooseColleagues(ctx: AppContext, workspaceId: string, newcomerId: string) {
  const workspace = (await ctx.repos.workspaces.findById(workspaceId))!;
  const settings = { ...pairingOf(workspace), groupSize: 2 as const };
  const now = ctx.clock.now();
  const all = await ctx.repos.workspaceMembers.list(workspaceId);
  // Introductions are not coffee: everyone not on a pairing break may be introduced, opted in
  // to coffee or not (coffee is opt-in, and most members never touch the switch).
  const awake = all.map((m) => ({ ...m, pairingOptIn: true }));
  const members = participants(awake, localDate(settings.timeZone, now)).filter(
    (m) => m.memberId !== newcomerId,
  );
  const newcomer = awake.find((m) => m.memberId === newcomerId);
  if (!newcomer || !recentNewcomerSince(newcomer, now) || members.length === 0) return [];
  const [exclusions, history] = await Promise.all([
    ctx.repos.pairing.exclusionsForRound(workspaceId),
    ctx.repos.pairing.recentRounds(workspaceId, 12, 'coffee'),
  ]);
  const intros: Introduction[] = [];
  while (intros.length < Math.min(WELCOME_COLLEAGUES, members.length)) {
    const chosen = intros.map((i) => i.colleague.memberId);
    // Colleagues already chosen count as met in the latest round: the engine looks elsewhere
    // first (a hard exclusion could leave the newcomer unplaced when a trio is needed).
    const introduced: RoundRecord = {
      ...EMPTY_ROUND,
      groups: chosen.map((id) => ({
        id,
        members: [newcomerId, id],
        reason: '',
        slot: null,
        weight: 0,
      })),
    };
    const { round, reasons } = runEngine({
      members: [newcomer, ...members],
      exclusions,
      history: [introduced, ...history],
      settings: { ...settings, noRepeatRounds: Math.max(1, settings.noRepeatRounds) },
      now,
      seed: `welcome:${newcomerId}:${intros.length}`,
    });
    const index = round.groups.findIndex((g) => g.members.includes(newcomerId));
    const partnerId = round.groups[index]?.members.find(
      (id) => id !== newcomerId && !chosen.includes(id),
    );
    const colleague = members.find((m) => m.memberId === partnerId);
    if (!colleague) break;
    intros.push({ colleague, reason: reasons[index]! });
  }
  if (intros.length > 0) {
    const roundDate = localDate(settings.timeZone, now);
    // The round and everyone's first-contact item on Today (each bumps its owner's data_version).
    await inTransaction(ctx, async (repos) => {
      const round = await repos.pairing.createRound({
        workspaceId,
        kind: 'welcome',
        roundDate,
        seed: `welcome:${newcomerId}`,
        origin: 'scheduled',
        audit: {},
        groups: intros.map((i) => ({
          members: [newcomerId, i.colleague.memberId],
          reason: i.reason,
          slot: null,
          weight: 0,
        })),
        now: now.toISOString(),
      });
      await repos.welcomeItems.createMany(
        intros.flatMap((i) => {
          const base = { workspaceId, roundId: round.id, reason: i.reason, roundDate };
          const colleagueId = i.colleague.memberId;
          return [
            { ...base, ownerId: newcomerId, otherId: colleagueId, direction: 'newcomer' as const },
            { ...base, ownerId: colleagueId, otherId: newcomerId, direction: 'colleague' as const },
          ];
        }),
        now.toISOString(),
      );
    });
  }
  return intros;
}

async function sendWelcome(
  ctx: AppContext,
  workspaceId: string,
  newcomerId: string,
  intros: Introduction[],
) {
  const { workspace, member: newcomer } = await requireMember(ctx, newcomerId, workspaceId);
  const names = intros.map((i) => i.colleague.name).join(', ');
  const mails: MemberMail[] = [
    {
      recipientId: newcomer.memberId,
      kind: 'welcome',
      about: intros.map((i) => i.colleague.memberId),
      subject: `Welcome to ${workspace.name}: meet ${names}`,
      lines: [
        `Welcome to ${workspace.name}, ${newcomer.name}!`,
        ...intros.map((i) => `Say hello to ${i.colleague.name} (${i.reason}).`),
      ],
    },
    ...intros.map(
      (i): MemberMail => ({
        recipientId: i.colleague.memberId,
        kind: 'welcome-colleague',
        about: [newcomer.memberId],
        subject: `${newcomer.name} just joined ${workspace.name}: say hello`,
        lines: [`${newcomer.name} just joined ${workspace.name}. A short hello goes a long way.`],
      }),
    ),
  ];
  await queueMemberMail(ctx, workspaceId, mails, ctx.clock.now());
  if (!slackDestination(workspace)) return;
  const label = (m: MemberRecord) => (m.slackUserId ? `<@${m.slackUserId}>` : slackEscape(m.name));
  // Through the outbox like every other Slack post: sent now, retried later if Slack is down.
  const id = await enqueueSlack(ctx, ctx.repos, workspaceId, {
    text: `:wave: Welcome ${label(newcomer)} to ${slackEscape(workspace.name)}! Say hi: ${intros
      .map((i) => label(i.colleague))
      .join(', ')}`,
  });
  await deliverOutbox(ctx, { ids: [id] });
}

/** Introductions that involve the caller (as newcomer or colleague), newest first. */
export async function myWelcomes(ctx: AppContext, userId: string, workspaceId: string) {
  await requireMember(ctx, userId, workspaceId);
  const [rounds, members] = await Promise.all([
    ctx.repos.pairing.recentRounds(workspaceId, 50, 'welcome'),
    ctx.repos.workspaceMembers.list(workspaceId),
  ]);
  const names = new Map(members.map((m) => [m.memberId, m.name]));
  const person = (id: string) => ({ id, name: names.get(id) ?? '(left)' });
  return rounds.flatMap((round) =>
    round.groups
      .filter((g) => g.members.includes(userId))
      .map((g) => ({
        newcomer: person(g.members[0]!),
        colleague: person(g.members[1]!),
        reason: g.reason,
        createdAt: round.createdAt,
      })),
  );
}
