// "Last digest sent at …" and "Send me one now" in Settings. The scheduled digest waits for the
// user's chosen time within working hours; a click is an explicit ask, so it goes out now —
// through the outbox like every mail (retried when the mail server hiccups), and at most a few
// times an hour, counted in the database so every instance shares the limit.
import { type AppContext, inTransaction } from '../context';
import { AppError, conflict, notFound } from '../errors';
import { deliverOutbox, enqueueMail } from '../outbox/outbox-sender';
import { preferencesOf } from '../people/preferences';
import { composeDigest } from './daily-digest';

/** Outbox topic of digest mails, scheduled or asked for. */
export const DIGEST_TOPIC = 'digest';
/** Digests per user per hour, scheduled ones included. */
export const DIGESTS_PER_HOUR = 3;

export interface DigestStatus {
  enabled: boolean;
  /** E-mail is set up on this server (otherwise no digest can go out). */
  mailConfigured: boolean;
  /** When the last digest went out (the outbox keeps a week), UTC ISO; shown in the user's zone. */
  lastSentAt: string | null;
}

export async function digestStatus(ctx: AppContext, userId: string): Promise<DigestStatus> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return {
    enabled: !!preferencesOf(user.preferences).digest?.enabled,
    mailConfigured: ctx.mailer.configured,
    lastSentAt: await ctx.repos.outbox.lastSent(userId, DIGEST_TOPIC),
  };
}

export interface DigestSent {
  sent: boolean;
  /** What happened, in words for the page. */
  message: string;
  status: DigestStatus;
}

export async function sendDigestNow(ctx: AppContext, userId: string): Promise<DigestSent> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  if (!ctx.mailer.configured) {
    throw conflict('E-mail is not set up on this server, so no digest can be sent');
  }
  const now = ctx.clock.now();
  const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
  if ((await ctx.repos.outbox.countSince(userId, DIGEST_TOPIC, hourAgo)) >= DIGESTS_PER_HOUR) {
    throw new AppError(
      'rate_limited',
      `At most ${DIGESTS_PER_HOUR} digests an hour; try again later`,
      undefined,
      900,
    );
  }
  const mail = await composeDigest(ctx, userId, ctx.settings.publicUrl ?? 'http://127.0.0.1:7707');
  if (!mail) {
    return {
      sent: false,
      message: 'Nothing is due today, so there is no digest to send',
      status: await digestStatus(ctx, userId),
    };
  }
  const id = await inTransaction(ctx, (repos) =>
    enqueueMail(
      ctx,
      repos,
      { to: [user.email], ownerId: userId, mailKind: 'digest', ...mail },
      { topic: DIGEST_TOPIC },
    ),
  );
  const outcome = await deliverOutbox(ctx, { ids: [id] });
  const sent = outcome.sent.includes(id);
  return {
    sent,
    message: sent
      ? 'Your digest is on its way'
      : 'The mail server did not take it yet; it will be retried in a few minutes',
    status: await digestStatus(ctx, userId),
  };
}
