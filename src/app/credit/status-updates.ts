// Status updates: drafted from the logs, edited by the user, sent to the manager by e-mail, and
// kept as history. A failed send leaves the draft as it was, with the reason, to try again.
import { z } from 'zod';
import { formatBrag, summarizeLog } from '../../domain/credit/brag';
import { renderMarkdown } from '../../domain/credit/markdown-render';
import { composeStatusUpdate } from '../../domain/credit/status-update';
import type { StatusUpdateRecord } from '../../store/status-updates/status-update-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { AppError, conflict, notFound } from '../errors';
import { MailDeliveryError } from '../ports/mailer';
import { creditData } from './credit-data';
import { type periodInput, resolvePeriod } from './periods';

const recipients = z.array(z.email({ message: 'Recipients must be e-mail addresses' })).max(20);

export const updateChanges = z
  .object({
    subject: z.string().trim().min(1).max(300).optional(),
    markdown: z.string().max(100_000).optional(),
    recipients: recipients.optional(),
  })
  .strict();

export const sendInput = z.object({ to: recipients.min(1).optional() }).strict();

export interface StatusUpdateView extends StatusUpdateRecord {
  html: string;
  text: string;
}

const present = (record: StatusUpdateRecord): StatusUpdateView => ({
  ...record,
  ...renderMarkdown(record.markdown),
});

async function author(ctx: AppContext, userId: string) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return user;
}

/** The log over a period, counted, in every format the CLI and web show. */
export async function brag(ctx: AppContext, userId: string, asked: z.output<typeof periodInput>) {
  const user = await author(ctx, userId);
  const period = resolvePeriod(asked, ctx.clock.now(), user.timeZone);
  const { accomplishments } = await creditData(ctx, userId, period);
  const summary = summarizeLog({ accomplishments, period });
  const input = { summary, accomplishments, author: { name: user.name } };
  return {
    period,
    summary,
    accomplishments,
    markdown: formatBrag(input, 'md'),
    html: formatBrag(input, 'html'),
    text: formatBrag(input, 'text'),
  };
}

/** Managers' e-mail addresses: where an update goes unless the user says otherwise. */
async function managerAddresses(ctx: AppContext, userId: string): Promise<string[]> {
  const managers = await ctx.repos.people.list(userId, { kind: 'manager' });
  return managers.map((m) => m.email).filter((e): e is string => Boolean(e));
}

export async function draftUpdate(
  ctx: AppContext,
  userId: string,
  asked: z.output<typeof periodInput>,
  origin: 'manual' | 'scheduled' = 'manual',
): Promise<StatusUpdateView> {
  const user = await author(ctx, userId);
  const period = resolvePeriod(asked, ctx.clock.now(), user.timeZone);
  const composed = composeStatusUpdate({
    author: { name: user.name },
    period,
    ...(await creditData(ctx, userId, period)),
  });
  const id = await ctx.repos.statusUpdates.create(
    userId,
    {
      kind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      subject: composed.subject,
      markdown: composed.markdown,
      recipients: await managerAddresses(ctx, userId),
      origin,
    },
    isoNow(ctx.clock),
  );
  return present((await ctx.repos.statusUpdates.findById(userId, id))!);
}

export async function getUpdate(ctx: AppContext, userId: string, id: string) {
  const record = await ctx.repos.statusUpdates.findById(userId, id);
  if (!record) throw notFound('Status update');
  return present(record);
}

export async function listUpdates(ctx: AppContext, userId: string) {
  return (await ctx.repos.statusUpdates.list(userId)).map(present);
}

export async function editUpdate(
  ctx: AppContext,
  userId: string,
  id: string,
  changes: z.output<typeof updateChanges>,
) {
  const record = await getUpdate(ctx, userId, id);
  if (record.status === 'sent') throw conflict('This update was sent already; draft a new one');
  await ctx.repos.statusUpdates.update(userId, id, changes, isoNow(ctx.clock));
  return getUpdate(ctx, userId, id);
}

export async function deleteUpdate(ctx: AppContext, userId: string, id: string) {
  const record = await getUpdate(ctx, userId, id);
  if (record.status === 'sent') throw conflict('Sent updates stay in the history');
  await ctx.repos.statusUpdates.delete(userId, id);
}

/** Sends the draft by e-mail; on failure it stays an unsent draft with the reason. */
export async function sendUpdate(
  ctx: AppContext,
  userId: string,
  id: string,
  { to }: z.output<typeof sendInput>,
) {
  const update = await getUpdate(ctx, userId, id);
  if (update.status === 'sent') throw conflict('This update was sent already');
  const addresses = to ?? update.recipients;
  if (addresses.length === 0) {
    throw new AppError(
      'invalid_input',
      'No recipients: add your manager’s e-mail to their person, or give addresses to send to',
    );
  }
  const user = await author(ctx, userId);
  try {
    await ctx.mailer.send({
      to: addresses,
      subject: update.subject,
      text: update.text,
      html: update.html,
      replyTo: user.email,
      onBehalfOf: user.name,
    });
  } catch (error) {
    const reason =
      error instanceof MailDeliveryError ? error.message : 'The e-mail could not be sent';
    await ctx.repos.statusUpdates.update(userId, id, { error: reason }, isoNow(ctx.clock));
    throw new AppError('delivery_failed', `${reason}. The update is kept as an unsent draft.`);
  }
  const now = isoNow(ctx.clock);
  await ctx.repos.statusUpdates.update(
    userId,
    id,
    { status: 'sent', sentAt: now, recipients: addresses, error: null },
    now,
  );
  return getUpdate(ctx, userId, id);
}
