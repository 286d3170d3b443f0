// Text for Slack's mrkdwn: names and prompts people typed are escaped so they cannot mention
// @channel or open a link by themselves.

/** Slack's mrkdwn needs only &, < and > escaped. */
export const slackEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
