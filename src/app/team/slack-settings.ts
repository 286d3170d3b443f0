// A workspace's Slack set-up (admins only): where rounds are posted, and the signing secret that
// lets slash commands in. Secrets are stored to be used, and never shown again.
import type { z } from 'zod';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { invalidInput } from '../errors';
import { requireAdmin } from './membership';
import type { slackSettingsInput } from './slack-destination';
import { getWorkspace } from './workspaces';

export { type SlackSettings, slackSettingsInput } from './slack-destination';

/** Replaces the Slack set-up; omitted or null fields are cleared. */
export async function setSlackSettings(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  input: z.output<typeof slackSettingsInput>,
) {
  await requireAdmin(ctx, userId, workspaceId);
  if (input.webhookUrl && !ctx.slack.allowsWebhook(input.webhookUrl)) {
    const message = 'Use the https://hooks.slack.com/… URL Slack gave you';
    throw invalidInput(`webhookUrl: ${message}`, [{ path: 'webhookUrl', message }]);
  }
  if (input.botToken && !input.channel)
    throw invalidInput('A bot token needs a channel to post in');
  const slack = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
  await ctx.repos.workspaces.update(workspaceId, { slack }, isoNow(ctx.clock));
  return getWorkspace(ctx, userId, workspaceId);
}
