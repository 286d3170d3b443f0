// The morning digest: Today's cards by e-mail (what can wait as a count and a link), with one-click links (log it, snooze 3 days)
// that work without signing in and expire, then first hellos and colleagues' celebrations
// (team-digest). Nothing is sent when nothing is due.
import { escapeHtml } from '../../domain/text/html';
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
    today(ctx, userId),
    celebrationsForDigest(ctx, userId),
    options.lastWeek ? weekSection(ctx, userId) : null,
  ]);
  const team = teamSection(agenda.welcomes, celebrations);
  // The cards Today shows (one per person, at most the user's todayLimit, held work left out),
  // not the flat item list: the mail says what the web app and `rapport today` say.
  const { cards, more } = agenda;
  if (cards.length === 0 && team.text.length === 0 && !lastWeek) return null;
  const link = (action: DigestAction, personId: string) =>
    `${base}/a/${actionToken(ctx, userId, action, personId)}`;
  const todayUrl = `${base}/`;
  const moreLine = `${more} more can wait`;

  const text = [
    cards.length > 0
      ? `Today, ${agenda.date}: ${cards.length} ${cards.length === 1 ? 'thing' : 'things'} to do.`
      : more > 0
        ? `Today, ${agenda.date}: nothing needs you today.`
        : `Today, ${agenda.date}: nobody is due.`,
    '',
    ...cards.flatMap((card) => [
      `- ${card.title}: ${card.why}`,
      ...card.lines.slice(1).map((line) => `    + ${line.title}${line.why ? `: ${line.why}` : ''}`),
      ...(card.note ? [`    ${card.note}`] : []),
      ...card.starters.map((s) => `    · ${s}`),
      ...(card.person?.id
        ? [
            `    Log it: ${link('log', card.person.id)}`,
            `    Snooze 3 days: ${link('snooze', card.person.id)}`,
          ]
        : []),
    ]),
    ...(more > 0 ? ['', `${moreLine} — see them on Today: ${todayUrl}`] : []),
    ...team.text,
    ...(lastWeek?.text ?? []),
    '',
    `Open Rapport: ${todayUrl}`,
  ].join('\n');

  const html = [
    `<div style="font-family:system-ui,sans-serif;max-width:640px">`,
    `<h1 style="font-size:20px">Today, ${escapeHtml(agenda.date)}</h1>`,
    cards.length > 0 ? '<ul style="padding-left:18px">' : '',
    ...cards.map((card) => {
      const others =
        card.lines.length > 1
          ? `<ul>${card.lines
              .slice(1)
              .map(
                (line) =>
                  `<li><strong>${escapeHtml(line.title)}</strong>${line.why ? `<br>${escapeHtml(line.why)}` : ''}</li>`,
              )
              .join('')}</ul>`
          : '';
      const note = card.note ? `<p>${escapeHtml(card.note)}</p>` : '';
      const starters = card.starters.length
        ? `<ul>${card.starters.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
        : '';
      const actions = card.person?.id
        ? `<p><a href="${escapeHtml(link('log', card.person.id))}">Log it</a> · <a href="${escapeHtml(link('snooze', card.person.id))}">Snooze 3 days</a></p>`
        : '';
      return `<li style="margin-bottom:13px"><strong>${escapeHtml(card.title)}</strong><br>${escapeHtml(card.why)}${others}${note}${starters}${actions}</li>`;
    }),
    cards.length > 0 ? '</ul>' : '',
    more > 0
      ? `<p>${escapeHtml(moreLine)} — <a href="${escapeHtml(todayUrl)}">see them on Today</a></p>`
      : '',
    ...team.html,
    ...(lastWeek?.html ?? []),
    `<p><a href="${escapeHtml(todayUrl)}">Open Rapport</a></p>`,
    '</div>',
  ].join('');

  const teamCount = agenda.welcomes.length + celebrations.length;
  return {
    subject:
      cards.length + teamCount === 0 && lastWeek
        ? lastWeek.subject
        : subjectOf(
            cards.map((card) => card.title),
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
