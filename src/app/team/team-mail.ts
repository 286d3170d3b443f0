// Team mail waits for its recipient's working hours: a coffee pairing, a welcome or a "just
// joined" note is queued per recipient with a not-before time (now while they are at work, else
// the next start of their hours, on their own clock and trips), and the minute tick sends what is
// due. The mail waits in the outbox (its not-before time), which sends each once however many
// instances tick, and retries after a failure. Mail due at once is sent right away.

import { type Schedule, type WeeklyHours, workStatus } from '../../domain/availability/index';
import { escapeHtml } from '../../domain/text/html';
import { defaultWorkingHours } from '../accounts/working-hours';
import type { AppContext } from '../context';
import { teamMailOff } from '../mail/mail-off';
import { deliverOutbox, enqueueMail } from '../outbox/outbox-sender';
import { userSchedule } from '../schedules/schedules';

/** One mail for one member of a workspace. */
export interface MemberMail {
  recipientId: string;
  kind: 'coffee' | 'welcome' | 'welcome-colleague';
  /** The other members the mail names: a member who leaves takes mail about them along. */
  about: string[];
  subject: string;
  /** Paragraphs; the HTML part is made from them. */
  lines: string[];
  replyTo?: string | null;
}

export interface QueueReport {
  /** Sent now: the recipient was at work. */
  mailed: number;
  mailFailures: number;
  /** Held until the recipient's working hours begin. */
  waiting: number;
}

/**
 * A member's schedule for mail: their zone, hours and trips. Someone with no working hours at
 * all is treated as on 09:00–17:00 weekdays, so their mail still arrives in a sane hour.
 */
async function mailSchedule(ctx: AppContext, userId: string): Promise<Schedule> {
  const schedule = await userSchedule(ctx, userId);
  const empty = Object.values(schedule.hours ?? {}).every((day) => !day || day.length === 0);
  return empty ? { ...schedule, hours: defaultWorkingHours() as WeeklyHours } : schedule;
}

/** `now` while the member is at work, else the start of their next working period. */
export async function nextWorkingInstant(ctx: AppContext, userId: string, now: Date) {
  const status = workStatus(await mailSchedule(ctx, userId), now.toISOString());
  if (status.status === 'at-work') return now.toISOString();
  // Nothing within a week (a long trip without hours, say): look again in a day. Normalised to
  // toISOString() (with milliseconds): instants are compared as text.
  const next = status.until ? Date.parse(status.until) : now.getTime() + 24 * 3600_000;
  return new Date(next).toISOString();
}

/** Queues each mail in the outbox for its recipient's hours and sends those already due. */
export async function queueMemberMail(
  ctx: AppContext,
  workspaceId: string,
  mails: MemberMail[],
  now: Date,
): Promise<QueueReport> {
  const report: QueueReport = { mailed: 0, mailFailures: 0, waiting: 0 };
  if (!ctx.mailer.configured) return report;
  const dueNow: string[] = [];
  for (const mail of mails) {
    const recipient = await ctx.repos.users.findById(mail.recipientId);
    // A member who turned this workspace's mail off ("turn off this mail") gets none of it.
    if (!recipient || teamMailOff(recipient.preferences, workspaceId)) continue;
    const notBefore = await nextWorkingInstant(ctx, mail.recipientId, now);
    const id = await enqueueMail(
      ctx,
      ctx.repos,
      {
        to: [recipient.email],
        ownerId: mail.recipientId,
        subject: mail.subject,
        text: mail.lines.join('\n\n'),
        html: mail.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
        mailKind: `team:${workspaceId}`,
        ...(mail.replyTo && { replyTo: mail.replyTo }),
      },
      { notBefore, topic: teamTopic(workspaceId, mail.about) },
    );
    if (notBefore > now.toISOString()) report.waiting += 1;
    else dueNow.push(id);
  }
  if (dueNow.length === 0) return report;
  const { sent, failed } = await deliverOutbox(ctx, { ids: dueNow });
  report.mailed = sent.length;
  report.mailFailures = failed.length;
  return report;
}

/**
 * The outbox topic of a workspace's mail, with the members it names (`team:<ws>|<id>,<id>`), so
 * a member who leaves has what waits for them and what names them withdrawn.
 */
export const teamTopic = (workspaceId: string, about: string[] = []) =>
  about.length ? `team:${workspaceId}|${about.join(',')}` : `team:${workspaceId}`;
