// A workspace's Slack set-up (admins only): where rounds are posted, and the signing secret that
// lets slash commands in. Secrets are stored to be used, and never shown again.
import { z } from 'zod';
import { isAllowedWebhookUrl, type SlackDestination } from '../../integrations/slack/slack-client';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { invalidInput } from '../errors';
import { parseInput } from '../validation';
import { requireAdmin } from './membership';
import { getWorkspace } from './workspaces';

export const slackSettingsInput = z
  .object({
    webhookUrl: z
      .url()
      .max(500)
      .refine(isAllowedWebhookUrl, 'Use the https://hooks.slack.com/… URL Slack gave you')
      .nullable()
      .optional(),
    botToken: z
      .string()
      .regex(/^xox[bp]-[A-Za-z0-9-]+$/, 'A bot token starts with xoxb-')
      .max(200)
      .nullable()
      .optional(),
    channel: z.string().trim().min(1).max(80).nullable().optional(),
    signingSecret: z.string().trim().min(8).max(200).nullable().optional(),
    teamId: z
      .string()
      .regex(/^T[A-Z0-9]+$/, 'A Slack team id looks like T0123ABCD')
      .max(40)
      .nullable()
      .optional(),
  })
  .strict();

export type SlackSettings = z.output<typeof slackSettingsInput>;

/** Replaces the Slack set-up; omitted or null fields are cleared. */
export async function setSlackSettings(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  raw: unknown,
) {
  const input = parseInput(slackSettingsInput, raw);
  await requireAdmin(ctx, userId, workspaceId);
  if (input.botToken && !input.channel)
    throw invalidInput('A bot token needs a channel to post in');
  const slack = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
  await ctx.repos.workspaces.update(workspaceId, { slack }, isoNow(ctx.clock));
  return getWorkspace(ctx, userId, workspaceId);
}

/** The stored Slack set-up, typed, for delivery and slash commands. */
export function slackOf(workspace: WorkspaceRecord): SlackSettings {
  const parsed = slackSettingsInput.safeParse(workspace.slack);
  return parsed.success ? parsed.data : {};
}

/** Where the workspace's messages go, or null when Slack is not set up for posting. */
export function slackDestination(workspace: WorkspaceRecord): SlackDestination | null {
  const slack = slackOf(workspace);
  if (slack.webhookUrl) return { webhookUrl: slack.webhookUrl };
  if (slack.botToken && slack.channel) return { botToken: slack.botToken, channel: slack.channel };
  return null;
}
