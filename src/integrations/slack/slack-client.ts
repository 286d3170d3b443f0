// Posting to Slack: an incoming webhook, or chat.postMessage with a bot token and a channel.
// Only Slack's own hosts are called, so a workspace setting cannot point the server at an
// internal address; RAPPORT_SLACK_URL_PREFIX adds one more allowed prefix (a proxy, or tests).
// The endpoints are read and checked with the rest of the configuration (src/config.ts) and
// given to slackClient at start-up (src/runtime.ts).
import {
  SLACK_HOOKS,
  type Slack,
  SlackDeliveryError,
  type SlackDestination,
  type SlackMessage,
} from '../../app/ports/slack';
import type { SlackEndpoints } from '../../config';

const TIMEOUT_MS = 10_000;

export function slackClient(endpoints: SlackEndpoints): Slack {
  const allowsWebhook = (url: string) =>
    url.startsWith(SLACK_HOOKS) ||
    Boolean(endpoints.urlPrefix && url.startsWith(endpoints.urlPrefix));
  return {
    allowsWebhook,
    post: (destination, message) => post(endpoints.apiUrl, allowsWebhook, destination, message),
    userEmail: (botToken, slackUserId) => userEmail(endpoints.apiUrl, botToken, slackUserId),
  };
}

async function post(
  apiUrl: string,
  allowsWebhook: (url: string) => boolean,
  destination: SlackDestination,
  message: SlackMessage,
) {
  if (destination.webhookUrl) {
    if (!allowsWebhook(destination.webhookUrl)) {
      throw new SlackDeliveryError('The Slack webhook URL is not a hooks.slack.com address');
    }
    const response = await send(destination.webhookUrl, message, {});
    if (!response.ok) {
      throw new SlackDeliveryError(
        `Slack refused the message: ${response.status} ${await response.text()}`,
      );
    }
    return;
  }
  if (destination.botToken && destination.channel) {
    const response = await send(
      `${apiUrl}/chat.postMessage`,
      { channel: destination.channel, ...message },
      { authorization: `Bearer ${destination.botToken}` },
    );
    // The Web API answers 200 with {"ok":false,"error":…} when it refuses.
    const body = (await response.json().catch(() => ({}))) as { ok?: boolean; error?: string };
    if (!response.ok || !body.ok) {
      throw new SlackDeliveryError(`Slack refused the message: ${body.error ?? response.status}`);
    }
    return;
  }
  throw new SlackDeliveryError('Slack is not set up for this workspace');
}

async function send(url: string, body: unknown, headers: Record<string, string>) {
  try {
    return await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    throw new SlackDeliveryError(`Slack could not be reached: ${(error as Error).message}`);
  }
}

async function userEmail(
  apiUrl: string,
  botToken: string,
  slackUserId: string,
): Promise<string | null> {
  const url = `${apiUrl}/users.info?user=${encodeURIComponent(slackUserId)}`;
  try {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${botToken}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    const body = (await response.json()) as {
      ok?: boolean;
      user?: { profile?: { email?: string } };
    };
    return (body.ok && body.user?.profile?.email) || null;
  } catch {
    return null;
  }
}
