// Telling people about a round: each member gets an e-mail with their group, the reason and the
// slot on their own clock, in their own working hours (team-mail queues it until then); the
// workspace's Slack channel gets the list of groups. One failed delivery never stops the others;
// failures are counted and logged.
import { slackEscape } from '../../domain/text/slack';
import type { MemberRecord } from '../../store/team/member-repository';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import type { AppContext } from '../context';
import { deliverOutbox, enqueueSlack } from '../outbox/outbox-sender';
import type { FormedGroup, FormedRound, SlotView } from './rounds';
import { slackDestination } from './slack-destination';
import { type MemberMail, queueMemberMail } from './team-mail';

export interface DeliveryReport {
  /** Mailed now (the member was at work). */
  mailed: number;
  mailFailures: number;
  /** Held until each member's working hours begin, then sent by the minute tick. */
  waiting: number;
  slack: 'posted' | 'failed' | 'not-configured';
}

export async function deliverRound(
  ctx: AppContext,
  workspace: WorkspaceRecord,
  round: FormedRound & { members: MemberRecord[] },
  now: Date,
): Promise<DeliveryReport> {
  const byId = new Map(round.members.map((m) => [m.memberId, m]));
  const mails = round.groups.flatMap((group) =>
    group.members.flatMap(({ id }) => {
      const member = byId.get(id);
      return member ? [pairingMail(workspace.name, member, group)] : [];
    }),
  );
  const queued = await queueMemberMail(ctx, workspace.id, mails, now);
  const report: DeliveryReport = { ...queued, slack: 'not-configured' };
  const destination = slackDestination(workspace);
  if (destination) {
    const text = slackRoundText(workspace.name, round, byId);
    const sent = await deliverNow(ctx, await enqueueSlack(ctx, ctx.repos, workspace.id, { text }));
    report.slack = sent ? 'posted' : 'failed';
  }
  return report;
}

/** Delivers one just-queued outbox row now; false when that failed (the outbox retries it). */
async function deliverNow(ctx: AppContext, id: string): Promise<boolean> {
  const { sent } = await deliverOutbox(ctx, { ids: [id] });
  return sent.includes(id);
}

/** "Tue 2026-03-10 14:00 (Europe/Berlin), 30 min" on the member's own clock. */
export function slotText(slot: SlotView | null, memberId: string): string {
  const mine = slot?.local.find((l) => l.id === memberId);
  if (!slot || !mine)
    return 'No shared working hours this week: say hello in writing, at your own pace.';
  const weekday = mine.weekday.charAt(0).toUpperCase() + mine.weekday.slice(1);
  return `Suggested: ${weekday} ${mine.local.replace('T', ' ')} (${mine.timeZone}), ${slot.minutes} min.`;
}

function pairingMail(workspaceName: string, member: MemberRecord, group: FormedGroup): MemberMail {
  const others = group.members.filter((m) => m.id !== member.memberId).map((m) => m.name);
  const who =
    others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${others.at(-1)}` : others[0];
  const lines = [
    `Hi ${member.name},`,
    `This round of coffee in ${workspaceName}, you are meeting ${who}.`,
    `Why: ${group.reason}.`,
    slotText(group.slot, member.memberId),
    'Afterwards, tell Rapport whether you met: it shapes the next rounds.',
  ];
  return {
    recipientId: member.memberId,
    kind: 'coffee',
    about: group.members.filter((m) => m.id !== member.memberId).map((m) => m.id),
    subject: `Coffee in ${workspaceName}: you are meeting ${who}`,
    lines,
  };
}

/** One line per group; members linked to Slack are mentioned, others named. */
export function slackRoundText(
  workspaceName: string,
  round: FormedRound,
  byId: Map<string, MemberRecord>,
): string {
  const label = (m: { id: string; name: string }) => {
    const slackId = byId.get(m.id)?.slackUserId;
    return slackId ? `<@${slackId}>` : slackEscape(m.name);
  };
  const lines = round.groups.map((g) => `• ${g.members.map(label).join(' + ')}`);
  return [
    `:coffee: New coffee pairings in ${slackEscape(workspaceName)} (${round.date}):`,
    ...lines,
  ].join('\n');
}
