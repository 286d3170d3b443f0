// Delivering the outbox: mail through the Mailer port, Slack posts through the Slack client.
// A row is leased before it is sent; if this process dies between the lease and the mark, the
// lease runs out and any instance sends it again, with the same Message-ID, so a mail server (or
// a person's mail client) can tell it is the same message. Slack webhooks have no such id: a
// post whose outcome was lost may show twice, which is better than never.

import { postToSlack } from '../../integrations/slack/slack-client';
import type { OutboxMessage } from '../../store/outbox/outbox-repository';
import { type AppContext, inTransaction } from '../context';
import { type MailKind, mailOffUrl } from '../mail/mail-off';
import { slackDestination } from '../team/slack-settings';

/** How long a sender owns a row: well over the SMTP and Slack timeouts of one attempt. */
export const OUTBOX_LEASE_MS = 5 * 60_000;
/** Attempts before a row is given up (the backoff reaches hours by then). */
export const OUTBOX_MAX_ATTEMPTS = 10;
const BATCH = 50;

export interface EmailPayload {
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** Sent on a person's behalf: "Ana Silva via Rapport" (see the Mailer port). */
  onBehalfOf?: string;
  /** Mail Rapport sends by itself, and what the recipient turns off from it (see mail-off). */
  mailKind?: MailKind;
}

export interface SlackPayload {
  text: string;
}

export interface DeliveryOutcome {
  sent: string[];
  failed: string[];
}

export interface DeliverOptions {
  /** Deliver these rows (just enqueued) rather than every due row. */
  ids?: string[];
  /** Called after a row is leased and before it is sent; tests use it to play a crash. */
  onLeased?: (message: OutboxMessage) => void;
}

/** A message that can never be delivered: given up at once rather than retried. */
class Undeliverable extends Error {}

/** Wait before attempt n+1: one minute, doubling, at most six hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** The domain of Message-IDs: the public host, so ids are unique to this installation. */
export function messageDomain(ctx: AppContext): string {
  try {
    if (ctx.settings.publicUrl) return new URL(ctx.settings.publicUrl).hostname || 'rapport.local';
  } catch {}
  return 'rapport.local';
}

/** Sends what is due (or the given rows), each once; returns which were sent and which failed. */
export async function deliverOutbox(
  ctx: AppContext,
  options: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: [], failed: [] };
  const ids = options.ids ?? (await ctx.repos.outbox.dueIds(ctx.clock.now().toISOString(), BATCH));
  for (const id of ids) {
    const now = ctx.clock.now();
    const until = new Date(now.getTime() + OUTBOX_LEASE_MS).toISOString();
    const message = await ctx.repos.outbox.lease(id, now.toISOString(), until);
    if (!message) continue;
    options.onLeased?.(message);
    try {
      await send(ctx, message);
    } catch (error) {
      const reason = (error as Error).message || 'delivery failed';
      const retryAt =
        error instanceof Undeliverable || message.attempts >= OUTBOX_MAX_ATTEMPTS
          ? null
          : new Date(ctx.clock.now().getTime() + backoffMs(message.attempts)).toISOString();
      await ctx.repos.outbox.markFailed(id, reason, retryAt);
      ctx.log.warn(
        { channel: message.channel, outboxId: id, attempt: message.attempts, reason },
        'outbox delivery failed',
      );
      ctx.metrics.outboxDelivery(message.channel, 'failed');
      outcome.failed.push(id);
      continue;
    }
    await ctx.repos.outbox.markSent(id, ctx.clock.now().toISOString());
    ctx.metrics.outboxDelivery(message.channel, 'sent');
    outcome.sent.push(id);
  }
  return outcome;
}

async function send(ctx: AppContext, message: OutboxMessage) {
  if (message.channel === 'email') {
    const payload = message.payload as EmailPayload;
    await ctx.mailer.send({
      to: message.recipient as string[],
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
      ...(payload.replyTo ? { replyTo: payload.replyTo } : {}),
      ...(payload.onBehalfOf ? { onBehalfOf: payload.onBehalfOf } : {}),
      messageId: message.messageId,
      ...(payload.mailKind && {
        automatic: {
          unsubscribeUrl: message.ownerId
            ? mailOffUrl(ctx, message.ownerId, payload.mailKind)
            : null,
        },
      }),
    });
    return;
  }
  // Slack: the workspace's set-up is read at send time, so its secrets live in one place.
  const workspace = await ctx.repos.workspaces.findById(message.recipient as string);
  const destination = workspace ? slackDestination(workspace) : null;
  if (!destination) throw new Undeliverable('Slack is no longer set up for this workspace');
  await postToSlack(destination, message.payload as SlackPayload);
}

/** Puts a mail in the outbox (inside the caller's transaction when `repos` is one). */
export function enqueueMail(
  ctx: AppContext,
  repos: AppContext['repos'],
  mail: EmailPayload & { to: string[]; ownerId: string | null },
  when: { notBefore?: string; topic?: string } = {},
): Promise<string> {
  const { to, ownerId, ...payload } = mail;
  return repos.outbox.enqueue(
    {
      channel: 'email',
      ownerId,
      recipient: to,
      payload,
      messageDomain: messageDomain(ctx),
      ...when,
    },
    ctx.clock.now().toISOString(),
  );
}

/** Puts a Slack post for a workspace's channel in the outbox. */
export function enqueueSlack(
  ctx: AppContext,
  repos: AppContext['repos'],
  workspaceId: string,
  payload: SlackPayload,
): Promise<string> {
  return repos.outbox.enqueue(
    {
      channel: 'slack',
      ownerId: null,
      recipient: workspaceId,
      payload,
      messageDomain: messageDomain(ctx),
    },
    ctx.clock.now().toISOString(),
  );
}

/**
 * Claims a scheduled post's key and queues the post in one transaction, then delivers it at once:
 * 'sent', 'queued' (it failed now; the outbox retries it), or null when the key was claimed
 * before (another instance or minute did it).
 */
export async function claimAndPostToSlack(
  ctx: AppContext,
  key: string,
  workspaceId: string,
  payload: SlackPayload,
  now: Date,
): Promise<'sent' | 'queued' | null> {
  const id = await inTransaction(ctx, async (repos) => {
    if (!(await repos.jobRuns.claim(key, null, now.toISOString()))) return null;
    return enqueueSlack(ctx, repos, workspaceId, payload);
  });
  if (!id) return null;
  const { sent } = await deliverOutbox(ctx, { ids: [id] });
  return sent.includes(id) ? 'sent' : 'queued';
}
