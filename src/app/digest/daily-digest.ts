// The morning digest: the Today agenda by e-mail, with one-click links (log it, snooze 3 days)
// that work without signing in and expire, then first hellos and colleagues' celebrations
// (team-digest). Nothing is sent when nothing is due.
import { escapeHtml } from '../../domain/credit/markdown-render';
import type { AppContext } from '../context';
import { signLink, verifyLink } from '../links/signed-links';
import { today } from '../today/today';
import { celebrationsForDigest, teamSection } from './team-digest';
import { weekSection } from './week-digest';

export const ACTION_LIFETIME_MS = 3 * 24 * 3600_000;
export type DigestAction = 'log' | 'snooze';

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

/** A signed link for one action on one person, valid for three days. */
export function actionToken(
  ctx: AppContext,
  userId: string,
  action: DigestAction,
  personId: string,
): string {
  const expires = ctx.clock.now().getTime() + ACTION_LIFETIME_MS;
  return signLink(ctx.settings.secret, 'action', [userId, action, personId, String(expires)]);
}

/** What an action link asks for, or why it cannot be used. */
export function readActionToken(
  ctx: AppContext,
  token: string,
): { userId: string; action: DigestAction; personId: string } | { refused: string } {
  const parts = verifyLink(ctx.settings.secret, 'action', token);
  if (parts?.length !== 4) return { refused: 'This link is not valid.' };
  const [userId, action, personId, expires] = parts as [string, string, string, string];
  if (action !== 'log' && action !== 'snooze') return { refused: 'This link is not valid.' };
  if (ctx.clock.now().getTime() > Number(expires)) {
    return { refused: 'This link has expired. Open Rapport to see today’s list.' };
  }
  return { userId, action, personId };
}

/**
 * The digest for a user's today, or null when nothing is due. With `lastWeek` (the first
 * working day of the user's week) it carries last week's connection summary, and is sent even
 * when nothing is due.
 */
export async function composeDigest(
  ctx: AppContext,
  userId: string,
  base: string,
  options: { lastWeek?: boolean } = {},
): Promise<DigestMail | null> {
  const [agenda, celebrations, lastWeek] = await Promise.all([
    today(ctx, userId, {}),
    celebrationsForDigest(ctx, userId),
    options.lastWeek ? weekSection(ctx, userId) : null,
  ]);
  const team = teamSection(agenda.welcomes, celebrations);
  if (agenda.items.length === 0 && team.text.length === 0 && !lastWeek) return null;
  const items = agenda.items.slice(0, 15);
  const link = (action: DigestAction, personId: string) =>
    `${base}/a/${actionToken(ctx, userId, action, personId)}`;
  const personal = (kind: string) => kind === 'due' || kind === 'new' || kind === 'date';

  const text = [
    items.length > 0
      ? `Today, ${agenda.date}: ${items.length} ${items.length === 1 ? 'thing' : 'things'} to do.`
      : `Today, ${agenda.date}: nobody is due.`,
    '',
    ...items.flatMap((item) => [
      `- ${item.title}: ${item.why}`,
      ...item.starters.map((s) => `    · ${s}`),
      ...(personal(item.kind) && item.person.id
        ? [
            `    Log it: ${link('log', item.person.id)}`,
            `    Snooze 3 days: ${link('snooze', item.person.id)}`,
          ]
        : []),
    ]),
    ...team.text,
    ...(lastWeek?.text ?? []),
    '',
    `Open Rapport: ${base}/`,
  ].join('\n');

  const html = [
    `<div style="font-family:system-ui,sans-serif;max-width:40rem">`,
    `<h1 style="font-size:1.25rem">Today, ${escapeHtml(agenda.date)}</h1>`,
    items.length > 0 ? '<ul style="padding-left:1.1rem">' : '',
    ...items.map((item) => {
      const starters = item.starters.length
        ? `<ul>${item.starters.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
        : '';
      const actions =
        personal(item.kind) && item.person.id
          ? `<p><a href="${escapeHtml(link('log', item.person.id))}">Log it</a> · <a href="${escapeHtml(link('snooze', item.person.id))}">Snooze 3 days</a></p>`
          : '';
      return `<li style="margin-bottom:.8rem"><strong>${escapeHtml(item.title)}</strong><br>${escapeHtml(item.why)}${starters}${actions}</li>`;
    }),
    items.length > 0 ? '</ul>' : '',
    ...team.html,
    ...(lastWeek?.html ?? []),
    `<p><a href="${escapeHtml(base)}/">Open Rapport</a></p>`,
    '</div>',
  ].join('');

  const teamCount = agenda.welcomes.length + celebrations.length;
  return {
    subject:
      items.length + teamCount === 0 && lastWeek
        ? lastWeek.subject
        : subjectOf(
            items.map((i) => i.title),
            teamCount,
            celebrations[0] ?? agenda.welcomes[0]?.title,
          ),
    text,
    html,
  };
}

/** "Today: Call Ann and 3 more"; with only team news, its first line. */
function subjectOf(titles: string[], teamCount: number, firstTeamLine: string | undefined) {
  const first = titles[0] ?? firstTeamLine ?? '';
  const more = titles.length + teamCount - 1;
  return `Today: ${first}${more > 0 ? ` and ${more} more` : ''}`;
}
