// Telling people about a round: each member gets an e-mail with their group, the reason and the
// slot on their own clock; the workspace's Slack channel gets the list of groups. One failed
// delivery never stops the others; failures are counted and logged.
import { escapeHtml } from '../../domain/credit/markdown-render';
import type { MemberRecord } from '../../store/team/member-repository';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import type { AppContext } from '../context';
import { deliverOutbox, enqueueMail, enqueueSlack } from '../outbox/outbox-sender';
import type { FormedGroup, FormedRound, SlotView } from './rounds';
import { slackDestination } from './slack-settings';

export interface DeliveryReport {
  mailed: number;
  mailFailures: number;
  slack: 'posted' | 'failed' | 'not-configured';
}

export async function deliverRound(
  ctx: AppContext,
  workspace: WorkspaceRecord,
  round: FormedRound & { members: MemberRecord[] },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { mailed: 0, mailFailures: 0, slack: 'not-configured' };
  const byId = new Map(round.members.map((m) => [m.memberId, m]));
  if (ctx.mailer.configured) {
    for (const group of round.groups) {
      for (const { id } of group.members) {
        const member = byId.get(id);
        if (!member) continue;
        // Through the outbox: sent just below, and retried later if that fails.
        const mail = pairingMail(workspace.name, member, group);
        if (await deliverNow(ctx, await enqueueMail(ctx, ctx.repos, { ...mail, ownerId: id }))) {
          report.mailed += 1;
        } else {
          report.mailFailures += 1;
        }
      }
    }
  }
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

function pairingMail(workspaceName: string, member: MemberRecord, group: FormedGroup) {
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
    to: [member.email],
    subject: `Coffee in ${workspaceName}: you are meeting ${who}`,
    text: lines.join('\n\n'),
    html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
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

/** Slack's mrkdwn needs only &, < and > escaped. */
export const slackEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
