// What team welcomes add to Today: when a newcomer joins a workspace, the newcomer finds "Say hello
// to <colleague>" for each colleague they were introduced to, and each of those colleagues finds
// "Welcome <newcomer> (joined <workspace>)". An item stays until its owner marks it done or
// dismisses it, or for 14 days.
//
// The rows (who, which workspace, open or not) belong to the Today owner and are kept with the
// rest of Today's input (agenda-source), since writing them bumps the owner's data_version. The
// names and profiles are the other person's, who may change them at any time: they are read on
// each call, and only for items that are showing, as the directory shows them (shared fields
// only). Leaving a workspace deletes the items of and about the leaver (workspaces.ts).
import type { MemberRecord } from '../../store/team/member-repository';
import type { WelcomeItemRecord, WelcomeState } from '../../store/team/welcome-item-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { type ProfileValues, sharedEntry } from '../team/directory';
import { WELCOME_DAYS, welcomesSince } from './welcome-window';

const DAY_MS = 86_400_000;

/** What the other person shares that helps a first chat. */
export interface WelcomeProfile {
  team?: string;
  role?: string;
  city?: string;
  timeZone?: string;
  askMeAbout?: string;
  interests?: string[];
}

export interface TodayWelcome {
  /** The item's id, for POST /api/welcomes/{id}/done and …/dismiss. */
  id: string;
  roundId: string;
  /** Your side: 'newcomer' (you joined; say hello) or 'colleague' (welcome the newcomer). */
  direction: 'newcomer' | 'colleague';
  workspace: { id: string; name: string };
  /** The other person (a workspace member id). */
  person: { id: string; name: string };
  title: string;
  why: string;
  profile: WelcomeProfile;
  /** Their shared interests that are also yours. */
  commonInterests: string[];
  /** The day of the welcome (the workspace's date) and when it was made. */
  date: string;
  createdAt: string;
  /** When the item stops showing if left alone. */
  until: string;
}

const PROFILE_FIELDS = ['team', 'role', 'city', 'timeZone', 'askMeAbout', 'interests'] as const;

/** The welcomes on the user's Today, newest first, from the user's open rows (kept by the cache). */
export async function todayWelcomes(
  ctx: AppContext,
  userId: string,
  rows: readonly WelcomeItemRecord[],
  userInterests: readonly string[],
): Promise<TodayWelcome[]> {
  const since = welcomesSince(ctx.clock.now()).toISOString();
  // The rows are open ones (a done or dismissed one bumps data_version); only age can change.
  const showing = rows.filter((row) => row.createdAt >= since);
  if (showing.length === 0) return [];
  const workspaceIds = [...new Set(showing.map((row) => row.workspaceId))];
  const [workspaces, selves, others] = await Promise.all([
    Promise.all(workspaceIds.map((id) => ctx.repos.workspaces.findById(id))),
    Promise.all(workspaceIds.map((id) => ctx.repos.workspaceMembers.find(id, userId))),
    Promise.all(
      showing.map((row) => ctx.repos.workspaceMembers.find(row.workspaceId, row.otherId)),
    ),
  ]);
  const names = new Map(workspaceIds.map((id, i) => [id, workspaces[i]?.name]));
  const self = new Map(workspaceIds.map((id, i) => [id, selves[i]]));
  const items: TodayWelcome[] = [];
  showing.forEach((row, i) => {
    const workspaceName = names.get(row.workspaceId);
    const me = self.get(row.workspaceId);
    const other = others[i];
    if (workspaceName === undefined || !me || !other) return;
    items.push(itemOf(row, workspaceName, other, ownInterests(me, userInterests)));
  });
  return items;
}

function itemOf(
  row: WelcomeItemRecord,
  workspaceName: string,
  other: MemberRecord,
  mine: Set<string>,
): TodayWelcome {
  const entry = sharedEntry(other);
  const profile: WelcomeProfile = {};
  for (const field of PROFILE_FIELDS) {
    if (entry[field] !== undefined) (profile as Record<string, unknown>)[field] = entry[field];
  }
  const commonInterests = (entry.interests ?? []).filter((x) => mine.has(x.trim().toLowerCase()));
  const newcomer = row.direction === 'newcomer';
  const reason = row.reason ? ` (${row.reason})` : '';
  return {
    id: row.id,
    roundId: row.roundId,
    direction: row.direction,
    workspace: { id: row.workspaceId, name: workspaceName },
    person: { id: other.memberId, name: other.name },
    title: newcomer
      ? `Say hello to ${other.name}`
      : `Welcome ${other.name} (joined ${workspaceName})`,
    why: newcomer
      ? `You were introduced when you joined ${workspaceName}${reason}`
      : `${other.name} just joined ${workspaceName}: a short hello goes a long way${reason}`,
    profile,
    commonInterests,
    date: row.roundDate,
    createdAt: row.createdAt,
    until: new Date(Date.parse(row.createdAt) + WELCOME_DAYS * DAY_MS).toISOString(),
  };
}

/** The user's own interests: what they entered in that workspace and in their preferences. */
function ownInterests(me: MemberRecord, userInterests: readonly string[]): Set<string> {
  const profile = me.profile as ProfileValues;
  return new Set(
    [...(profile.interests ?? []), ...userInterests].map((x) => x.trim().toLowerCase()),
  );
}

/**
 * Marks one of the caller's welcome items done or dismissed. Another user's item, or one of a
 * workspace the caller has left (leaving deletes it), is "not found".
 */
export async function markWelcome(
  ctx: AppContext,
  userId: string,
  id: string,
  state: WelcomeState,
): Promise<{ id: string; roundId: string; workspaceId: string; state: WelcomeState }> {
  const item = await ctx.repos.welcomeItems.find(userId, id);
  if (!item) throw notFound('Welcome');
  await ctx.repos.welcomeItems.setState(userId, id, state, isoNow(ctx.clock));
  return { id: item.id, roundId: item.roundId, workspaceId: item.workspaceId, state };
}
