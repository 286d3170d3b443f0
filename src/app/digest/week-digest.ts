// Last week's connection summary in the morning digest, on the user's first working day of the
// week: how many conversations, with whom, against their usual.

import { type Schedule, WEEKDAYS } from '../../domain/availability/index';
import { rangeInWords } from '../../domain/credit/dates';
import { countOf } from '../../domain/language/phrasing';
import { escapeHtml } from '../../domain/text/html';
import { epochDayFromIsoDate, weekdayOfEpochDay } from '../../domain/time/epoch-day';
import type { AppContext } from '../context';
import { week } from '../today/relationships';

/** Whether `today` (`YYYY-MM-DD`, the user's) is the first day of the week they work. */
export function isFirstWorkingDay(schedule: Schedule, today: string): boolean {
  const first = WEEKDAYS.findIndex((day) => (schedule.hours[day] ?? []).length > 0);
  const day = epochDayFromIsoDate(today);
  return first >= 0 && day !== null && weekdayOfEpochDay(day) === first + 1;
}

/** "Last week (16–22 Nov 2026): 7 conversations with 3 people…" as text lines and HTML. */
export async function weekSection(
  ctx: AppContext,
  userId: string,
): Promise<{ subject: string; text: string[]; html: string[] }> {
  const summary = await week(ctx, userId, 'previous');
  const start = epochDayFromIsoDate(summary.weekStart)!;
  const end = epochDayFromIsoDate(summary.weekEnd)!;
  const head = `Last week (${rangeInWords(start, end)})`;
  const personal =
    summary.personalShare === null ? '' : `, ${Math.round(summary.personalShare * 100)}% personal`;
  const line =
    summary.conversations === 0
      ? 'no conversations logged.'
      : `${countOf(summary.conversations, 'conversation')} with ${summary.people} ${summary.people === 1 ? 'person' : 'people'}${personal}.`;
  const withWhom = summary.talkedWith.map((p) =>
    p.conversations > 1 ? `${p.name} (${p.conversations})` : p.name,
  );
  const text = ['', `${head}: ${line}`];
  if (withWhom.length) text.push(`With ${withWhom.join(', ')}.`);
  if (summary.warning) text.push(summary.warning);
  const html = [
    `<h2 style="font-size:17px">${escapeHtml(head)}</h2>`,
    `<p>${escapeHtml(line.charAt(0).toUpperCase() + line.slice(1))}</p>`,
    withWhom.length ? `<p>With ${escapeHtml(withWhom.join(', '))}.</p>` : '',
    summary.warning ? `<p>${escapeHtml(summary.warning)}</p>` : '',
  ].filter(Boolean);
  return { subject: `${head}: ${line.replace(/\.$/, '')}`, text, html };
}
