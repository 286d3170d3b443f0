// Who takes part in the team's rounds and who counts as new to the team: pure rules on member
// rows, a leaf module shared by rounds, welcomes, workspaces and add-to-people.
import type { MemberRecord } from '../../store/team/member-repository';

/** Members taking part: opted in, and not snoozed through the round's date. */
export function participants(members: MemberRecord[], date: string) {
  return members.filter(
    (m) => m.pairingOptIn && !(m.pairingSnoozedUntil && m.pairingSnoozedUntil >= date),
  );
}

/** The first weeks of a workspace: who joins then is rolling it out with colleagues they know. */
export const FOUNDING_DAYS = 14;
/** How long someone who joined counts as new to the team. */
export const NEWCOMER_DAYS = 30;
const DAY_MS = 24 * 3600_000;

/**
 * Whether someone joining now is new to the team: the invite says so when the admin chose;
 * otherwise whoever joins after the workspace's founding weeks is.
 */
export function isNewcomerJoin(
  workspaceCreatedAt: string,
  inviteSays: boolean | null,
  now: Date,
): boolean {
  if (inviteSays !== null) return inviteSays;
  return now.getTime() - Date.parse(workspaceCreatedAt) > FOUNDING_DAYS * DAY_MS;
}

/** The day a member became new to the team, while that is within the last 30 days. */
export function recentNewcomerSince(member: MemberRecord, now: Date): string | null {
  if (!member.newcomerSince) return null;
  const since = Date.parse(`${member.newcomerSince}T00:00:00Z`);
  return now.getTime() - since <= NEWCOMER_DAYS * DAY_MS ? member.newcomerSince : null;
}
