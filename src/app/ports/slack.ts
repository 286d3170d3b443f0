// Posting to Slack and asking it who a user is, as the use-cases see it. The HTTP adapter lives
// in integrations/slack and is configured at start-up (the endpoints of src/config.ts); tests
// give it a loopback server's address instead of changing the environment.

/** Where a workspace's messages go: an incoming webhook, or a bot token and a channel. */
export interface SlackDestination {
  webhookUrl?: string;
  botToken?: string;
  channel?: string;
}

export interface SlackMessage {
  text: string;
}

export interface Slack {
  /** Whether the server may post to this webhook URL (Slack's own hosts, or the configured prefix). */
  allowsWebhook(url: string): boolean;
  /** Posts the message; throws SlackDeliveryError when Slack refuses it or cannot be reached. */
  post(destination: SlackDestination, message: SlackMessage): Promise<void>;
  /** A Slack user's e-mail address (users.info, needs users:read.email), or null. */
  userEmail(botToken: string, slackUserId: string): Promise<string | null>;
}

/** Slack refused the message or could not be reached; the message says which. */
export class SlackDeliveryError extends Error {}

/** The only webhook host allowed without configuration. */
export const SLACK_HOOKS = 'https://hooks.slack.com/';

/** Until the runtime sets the real client: webhook URLs are checked, nothing is sent. */
export const offlineSlack: Slack = {
  allowsWebhook: (url) => url.startsWith(SLACK_HOOKS),
  async post() {
    throw new SlackDeliveryError('Slack is not available in this process');
  },
  async userEmail() {
    return null;
  },
};
