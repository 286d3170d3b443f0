// Addresses that work without signing in, each behind its own secret: the calendar feed, the
// household page, and the digest's one-click actions. They live outside /api, are not in the
// API document, and show nothing beyond what their purpose needs.

import type { Context } from 'hono';
import { calendarEvents } from '../../app/calendar/calendar-events';
import { describeAction, performAction } from '../../app/digest/digest-actions';
import { userOfFeed } from '../../app/links/feeds';
import { describeMailOff, setMailOff } from '../../app/mail/mail-off';
import { householdStatus } from '../../app/schedules/household';
import { renderIcs } from '../../integrations/calendar/ical-feed';
import type { HttpApp, HttpEnv } from '../env';
import { escapeHtml, page } from './page';

const CHANNEL_BUTTONS = [
  ['call', 'Call'],
  ['video', 'Video'],
  ['chat', 'Chat'],
  ['email', 'E-mail'],
  ['in-person', 'In person'],
] as const;

export function registerPublicRoutes(app: HttpApp) {
  app.get('/cal/:file', async (c) => {
    const ctx = c.get('ctx');
    const token = c.req.param('file').replace(/\.ics$/, '');
    const userId = await userOfFeed(ctx, 'calendar', token);
    if (!userId) return c.text('Not found', 404);
    const ics = renderIcs('Rapport', await calendarEvents(ctx, userId), ctx.clock.now());
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Cache-Control', 'private, max-age=900');
    return c.body(ics);
  });

  app.get('/home/:token', async (c) => {
    const ctx = c.get('ctx');
    const userId = await userOfFeed(ctx, 'home', c.req.param('token'));
    if (!userId) return c.html(page('Not found', '<h1>Not found</h1>'), 404);
    const status = await householdStatus(ctx, userId);
    c.header('Cache-Control', 'no-store');
    return c.html(
      page(
        status.atWork ? 'At work' : 'Off work',
        `<p class="muted">Right now</p><h1>${status.atWork ? 'At work' : 'Off work'}</h1>
<p>${escapeHtml(status.detail)}</p><p class="muted">Today: ${escapeHtml(status.todayHours)}</p>`,
        { refreshSeconds: 60 },
      ),
    );
  });

  // A GET only asks; mail scanners follow links, and a scanner must never log a conversation.
  app.get('/a/:token', async (c) => {
    const described = await describeAction(c.get('ctx'), c.req.param('token'));
    if ('refused' in described)
      return c.html(
        page('Link not usable', `<h1>Sorry</h1><p>${escapeHtml(described.refused)}</p>`),
        410,
      );
    const name = escapeHtml(described.personName);
    const body =
      described.action === 'log'
        ? `<h1>Log a conversation with ${name}</h1><p class="muted">How did you talk today?</p><form method="post">${CHANNEL_BUTTONS.map(([value, label]) => `<button name="channel" value="${value}">${label}</button>`).join('')}</form>`
        : `<h1>Snooze ${name} for 3 days?</h1><form method="post"><button>Snooze</button></form>`;
    return c.html(page('Rapport', body));
  });

  // "Turn off this mail". The GET asks; the POST does it, also as RFC 8058 one-click unsubscribe
  // (the mail provider POSTs `List-Unsubscribe=One-Click`), and offers to undo it.
  app.get('/mail-off/:token', async (c) => {
    const read = await describeMailOff(c.get('ctx'), c.req.param('token'));
    if ('refused' in read) return refusedPage(c, read.refused);
    return c.html(
      page(
        'Turn off this mail',
        `<h1>Turn off ${escapeHtml(read.what)}?</h1><form method="post"><button>Turn it off</button></form>`,
      ),
    );
  });

  app.post('/mail-off/:token', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = c.req.param('token');
    const undo = form.undo === '1';
    const outcome = await setMailOff(c.get('ctx'), token, !undo);
    if ('refused' in outcome) return refusedPage(c, outcome.refused);
    const again = undo
      ? ''
      : '<form method="post"><button name="undo" value="1">Undo: keep it on</button></form>';
    return c.html(page('Done', `<h1>Done</h1><p>${escapeHtml(outcome.done)}</p>${again}`));
  });

  app.post('/a/:token', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const channel = typeof form.channel === 'string' ? form.channel : undefined;
    const outcome = await performAction(c.get('ctx'), c.req.param('token'), channel);
    if ('refused' in outcome)
      return c.html(
        page('Link not usable', `<h1>Sorry</h1><p>${escapeHtml(outcome.refused)}</p>`),
        410,
      );
    return c.html(page('Done', `<h1>Done</h1><p>${escapeHtml(outcome.done)}</p>`));
  });
}

function refusedPage(c: Context<HttpEnv>, reason: string) {
  return c.html(page('Link not usable', `<h1>Sorry</h1><p>${escapeHtml(reason)}</p>`), 410);
}
