// Slack's slash command: outside /api because Slack signs it instead of signing in. An unsigned,
// badly signed or stale request is a 401 and changes nothing.
import { bodyLimit } from 'hono/body-limit';
import { handleSlackCommand } from '../../app/team/slack-commands';
import type { HttpApp } from '../env';
import { errorBody } from '../errors';

export const SLACK_COMMANDS_PATH = '/slack/commands';

export function registerSlackRoutes(app: HttpApp) {
  app.post(
    SLACK_COMMANDS_PATH,
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => c.json(errorBody('payload_too_large', 'The request body is too large'), 413),
    }),
    async (c) => {
      const result = await handleSlackCommand(c.get('ctx'), {
        rawBody: await c.req.text(),
        timestamp: c.req.header('x-slack-request-timestamp'),
        signature: c.req.header('x-slack-signature'),
      });
      if (!result.ok) return c.json(errorBody('unauthorized', 'Bad or stale Slack signature'), 401);
      return c.json(result.reply, 200);
    },
  );
}
