// The team part of the morning digest: first hellos from welcomes (as on Today), and the
// celebrations of colleagues in the reader's workspaces that Slack announces today (the same
// rule: on the day in the celebrated member's zone, a weekend one on the Friday before), so a
// workspace without Slack still hears of them by e-mail.
import { escapeHtml } from '../../domain/text/html';
import { zoneClockFor } from '../../domain/time/zone-clock';
import type { AppContext } from '../context';
import { celebrationsOn } from '../team/celebrations';
import type { TodayWelcome } from '../today/welcome-items';

/** Lines like "Ann Lee’s birthday (03-14)" or "Bo Chen: 5 years with Acme (03-16)". */
export async function celebrationsForDigest(ctx: AppContext, userId: string): Promise<string[]> {
  const now = ctx.clock.now().getTime();
  const lines: string[] = [];
  for (const { workspaceId, name } of await ctx.repos.workspaceMembers.workspacesOf(userId)) {
    for (const member of await ctx.repos.workspaceMembers.list(workspaceId)) {
      if (member.memberId === userId) continue;
      const localToday = zoneClockFor(member.timeZone).localEpochDay(now);
      for (const c of celebrationsOn(member, localToday)) {
        const when = c.date.slice(5);
        lines.push(
          c.kind === 'birthday'
            ? `${member.name}’s birthday (${when})`
            : `${member.name}: ${c.years} year${c.years === 1 ? '' : 's'} with ${name} (${when})`,
        );
      }
    }
  }
  return lines;
}

/** The digest's team section as text lines and as HTML, or nothing when there is none. */
export function teamSection(
  welcomes: readonly TodayWelcome[],
  celebrations: readonly string[],
): { text: string[]; html: string[] } {
  const text: string[] = [];
  const html: string[] = [];
  if (welcomes.length > 0) {
    text.push('', 'First hellos:', ...welcomes.map((w) => `- ${w.title}: ${w.why}`));
    html.push(
      '<h2 style="font-size:17px">First hellos</h2><ul style="padding-left:18px">',
      ...welcomes.map(
        (w) => `<li><strong>${escapeHtml(w.title)}</strong><br>${escapeHtml(w.why)}</li>`,
      ),
      '</ul>',
    );
  }
  if (celebrations.length > 0) {
    text.push('', 'Celebrate:', ...celebrations.map((line) => `- ${line}`));
    html.push(
      '<h2 style="font-size:17px">Celebrate</h2><ul style="padding-left:18px">',
      ...celebrations.map((line) => `<li>${escapeHtml(line)}</li>`),
      '</ul>',
    );
  }
  return { text, html };
}
