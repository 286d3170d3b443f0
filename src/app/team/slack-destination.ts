// A workspace's stored Slack set-up, read back typed: where its messages go and the signing secret
// of slash commands. A leaf module, so the outbox, rounds and welcomes can read it without
// importing the workspace use-cases. Whether a webhook URL may be called is the Slack port's
// decision (it knows the configured endpoints), checked when the set-up is saved.
import { z } from 'zod';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import type { SlackDestination } from '../ports/slack';

export const slackSettingsInput = z
  .object({
    webhookUrl: z.url().max(500).nullable().optional(),
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
