// Birthdays and work anniversaries a member chose to share, announced in the workspace's Slack
// on the day in that member's own zone; a Saturday or Sunday one on the Friday before. Each is
// announced once (claim `celebration:<workspace>:<member>:<kind>:<year>`), on any instance.

import { slackEscape } from '../../domain/text/slack';
import {
  DAY_MS,
  epochDayFromYmd,
  isLeapYear,
  isoDateFromEpochDay,
  weekdayOfEpochDay,
} from '../../domain/time/epoch-day';
import { zoneClockFor } from '../../domain/time/zone-clock';
import type { MemberRecord } from '../../store/team/member-repository';
import type { AppContext } from '../context';
import { claimAndPostToSlack } from '../outbox/outbox-sender';
import type { ProfileValues } from './directory';
import { requireMember } from './membership';
import { localDayAndHour } from './round-schedule';
import { slackDestination } from './slack-destination';

/** Announcements go out from this local hour, so nobody is celebrated at midnight. */
const ANNOUNCE_HOUR = 9;

export interface Celebration {
  memberId: string;
  kind: 'birthday' | 'anniversary';
  /** The real date, `YYYY-MM-DD`, in the member's zone. */
  date: string;
  /** Whole years at the company (anniversaries only). */
  years: number | null;
}

/** The day a yearly MM-DD falls on in `year` (29 February on the 28th in common years). */
function occurrence(year: number, month: number, day: number): number {
  const safeDay = month === 2 && day === 29 && !isLeapYear(year) ? 28 : day;
  return epochDayFromYmd(year, month, safeDay);
}

/** A member's shared birthday and work anniversary falling on any of `days` (epoch days). */
function celebrationsIn(member: MemberRecord, days: readonly number[]): Celebration[] {
  const profile = member.profile as ProfileValues;
  const found: Celebration[] = [];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const years = [
    new Date(first * DAY_MS).getUTCFullYear(),
    new Date(last * DAY_MS).getUTCFullYear(),
  ];
  const check = (kind: Celebration['kind'], month: number, day: number, since: number | null) => {
    for (const y of new Set(years)) {
      const date = occurrence(y, month, day);
      if (!days.includes(date)) continue;
      const count = since === null ? null : y - since;
      if (count !== null && count < 1) continue;
      found.push({
        memberId: member.memberId,
        kind,
        date: isoDateFromEpochDay(date),
        years: count,
      });
    }
  };
  if (member.shared.includes('birthday') && profile.birthday) {
    const [month, day] = profile.birthday.split('-').map(Number) as [number, number];
    check('birthday', month, day, null);
  }
  if (member.shared.includes('workStart') && profile.workStart) {
    const [since, month, day] = profile.workStart.split('-').map(Number) as [
      number,
      number,
      number,
    ];
    check('anniversary', month, day, since);
  }
  return found;
}

/** What to announce for a member on their local day `today` (an epoch day). */
export function celebrationsOn(member: MemberRecord, today: number): Celebration[] {
  const weekday = weekdayOfEpochDay(today);
  if (weekday > 5) return [];
  // On Fridays, the weekend's dates too.
  return celebrationsIn(member, weekday === 5 ? [today, today + 1, today + 2] : [today]);
}

/** A member's celebrations from their local day `today` for `count` days, on the real dates. */
export function celebrationsFrom(member: MemberRecord, today: number, count: number) {
  return celebrationsIn(
    member,
    Array.from({ length: count }, (_, i) => today + i),
  );
}

export function celebrationText(member: MemberRecord, celebration: Celebration): string {
  const who = member.slackUserId ? `<@${member.slackUserId}>` : slackEscape(member.name);
  const when = celebration.date.slice(5);
  return celebration.kind === 'birthday'
    ? `:birthday: Happy birthday, ${who}! (${when})`
    : `:tada: ${who} celebrates ${celebration.years} year${celebration.years === 1 ? '' : 's'} with us! (${when})`;
}

/** Posts due celebrations of every workspace with Slack set up. */
export async function announceCelebrations(ctx: AppContext, now: Date): Promise<number> {
  let posted = 0;
  for (const workspace of await ctx.repos.workspaces.listAll()) {
    const destination = slackDestination(workspace);
    if (!destination) continue;
    for (const member of await ctx.repos.workspaceMembers.list(workspace.id)) {
      const { day, hour } = localDayAndHour(member.timeZone, now);
      if (hour < ANNOUNCE_HOUR) continue;
      for (const celebration of celebrationsOn(member, day)) {
        const key = `celebration:${workspace.id}:${member.memberId}:${celebration.kind}:${celebration.date.slice(0, 4)}`;
        // Claimed and queued together (the outbox): a failed post is retried, never lost.
        const text = celebrationText(member, celebration);
        const outcome = await claimAndPostToSlack(ctx, key, workspace.id, { text }, now);
        if (outcome === 'sent') posted += 1;
      }
    }
  }
  return posted;
}

const UPCOMING_DAYS = 14;

/**
 * The workspace's shared birthdays and work anniversaries over the next two weeks, each on its
 * own date in the celebrated member's zone (`today` when it is that day there now).
 */
export async function upcomingCelebrations(ctx: AppContext, userId: string, workspaceId: string) {
  await requireMember(ctx, userId, workspaceId);
  const now = ctx.clock.now().getTime();
  const members = await ctx.repos.workspaceMembers.list(workspaceId);
  const upcoming = members.flatMap((member) => {
    const localToday = zoneClockFor(member.timeZone).localEpochDay(now);
    return celebrationsFrom(member, localToday, UPCOMING_DAYS).map((c) => ({
      member: { id: member.memberId, name: member.name },
      kind: c.kind,
      date: c.date,
      years: c.years,
      today: c.date === isoDateFromEpochDay(localToday),
    }));
  });
  return upcoming.sort(
    (a, b) => a.date.localeCompare(b.date) || a.member.name.localeCompare(b.member.name),
  );
}
