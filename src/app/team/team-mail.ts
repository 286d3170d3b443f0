// Team mail waits for its recipient's working hours: a coffee pairing, a welcome or a "just
// joined" note is queued per recipient with a not-before time (now while they are at work, else
// the next start of their hours, on their own clock and trips), and the minute tick sends what is
// due. Each mail is claimed as `team-mail:<id>` in job_runs, so it goes once however many
// instances tick. Mail due at once (the recipient is at work) is sent right away the same way.

import { type Schedule, type WeeklyHours, workStatus } from '../../domain/availability/index';
import { escapeHtml } from '../../domain/credit/markdown-render';
import type { TeamMailRecord } from '../../store/team/team-mail-repository';
import { defaultWorkingHours } from '../accounts/working-hours';
import type { AppContext } from '../context';
import { userSchedule } from '../schedules/schedules';

/** One mail for one member of a workspace. */
export interface MemberMail {
  recipientId: string;
  kind: 'coffee' | 'welcome' | 'welcome-colleague';
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

const RETRY_MS = 15 * 60_000;
const MAX_ATTEMPTS = 5;

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

/** Queues each mail for its recipient's hours and sends those already due. */
export async function queueMemberMail(
  ctx: AppContext,
  workspaceId: string,
  mails: MemberMail[],
  now: Date,
): Promise<QueueReport> {
  const report: QueueReport = { mailed: 0, mailFailures: 0, waiting: 0 };
  if (!ctx.mailer.configured) return report;
  for (const mail of mails) {
    const notBefore = await nextWorkingInstant(ctx, mail.recipientId, now);
    const queued = await ctx.repos.teamMail.enqueue(
      {
        workspaceId,
        recipientId: mail.recipientId,
        kind: mail.kind,
        subject: mail.subject,
        text: mail.lines.join('\n\n'),
        html: mail.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
        replyTo: mail.replyTo ?? null,
        notBefore,
      },
      now.toISOString(),
    );
    if (notBefore > now.toISOString()) {
      report.waiting += 1;
      continue;
    }
    const outcome = await deliver(ctx, queued, now);
    if (outcome === 'sent') report.mailed += 1;
    else if (outcome === 'failed') report.mailFailures += 1;
    else if (outcome === 'held') report.waiting += 1;
  }
  return report;
}

/** The minute tick: sends every queued mail whose recipient is at work now. */
export async function sendDueTeamMail(ctx: AppContext, now: Date): Promise<number> {
  if (!ctx.mailer.configured) return 0;
  let sent = 0;
  for (const mail of await ctx.repos.teamMail.listDue(now.toISOString())) {
    try {
      if ((await deliver(ctx, mail, now)) === 'sent') sent += 1;
    } catch (error) {
      console.error(`team mail ${mail.id} failed:`, (error as Error).message);
    }
  }
  return sent;
}

type Outcome = 'sent' | 'failed' | 'held' | 'taken';

async function deliver(ctx: AppContext, mail: TeamMailRecord, now: Date): Promise<Outcome> {
  // Hours and trips may have changed since it was queued: check again on their clock now.
  const when = await nextWorkingInstant(ctx, mail.recipientId, now);
  if (when > now.toISOString()) {
    await ctx.repos.teamMail.postpone(mail.id, when, false);
    return 'held';
  }
  const key = `team-mail:${mail.id}`;
  if (!(await ctx.repos.jobRuns.claim(key, mail.recipientId, now.toISOString()))) return 'taken';
  const recipient = await ctx.repos.users.findById(mail.recipientId);
  if (!recipient) return 'taken';
  try {
    await ctx.mailer.send({
      to: [recipient.email],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.replyTo && { replyTo: mail.replyTo }),
    });
    await ctx.repos.teamMail.markSent(mail.id, now.toISOString());
    return 'sent';
  } catch (error) {
    console.error(`team mail to ${mail.recipientId} failed:`, (error as Error).message);
    if (mail.attempts + 1 >= MAX_ATTEMPTS) {
      // Given up: marked done so it never goes out days late.
      await ctx.repos.teamMail.markSent(mail.id, now.toISOString());
    } else {
      const retry = new Date(now.getTime() + RETRY_MS * (mail.attempts + 1)).toISOString();
      await ctx.repos.teamMail.postpone(mail.id, retry, true);
      await ctx.repos.jobRuns.release(key);
    }
    return 'failed';
  }
}
