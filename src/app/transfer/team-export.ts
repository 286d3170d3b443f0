// The user's own part of the team space in a full export: each workspace they are in (its name,
// their role, when they joined) with their directory profile (what they entered and chose to
// share, their pairing preferences) and their confidential exclusions, by the excluded member's
// name. Never another member's profile or data. A restore leaves this section out: membership
// comes only from an invite, on the server the workspace lives on.
import { z } from 'zod';
import type { Repositories } from '../../store/repositories';

export type TeamExport = {
  workspaces: {
    name: string;
    role: 'admin' | 'member';
    joinedAt: string;
    profile: {
      /** What the user entered for the directory (zone and hours are the account's). */
      values: Record<string, unknown>;
      shared: string[];
      pairing: { optIn: boolean; snoozedUntil: string | null; allowAsync: boolean };
      slackUserId: string | null;
    };
    /** Members the user asked never to be paired with (seen by no one else). */
    excludedFromPairing: string[];
  }[];
};

/** How the document describes the section; loose, because a restore only checks and skips it. */
export const teamExportSchema = z.looseObject({
  workspaces: z.array(z.record(z.string(), z.unknown())).max(10_000),
});

export async function readTeamExport(repos: Repositories, userId: string): Promise<TeamExport> {
  const workspaces: TeamExport['workspaces'] = [];
  for (const summary of await repos.workspaceMembers.workspacesOf(userId)) {
    const me = await repos.workspaceMembers.find(summary.workspaceId, userId);
    if (!me) continue;
    const excluded = await repos.pairing.exclusionsBy(summary.workspaceId, userId);
    const members = excluded.length ? await repos.workspaceMembers.list(summary.workspaceId) : [];
    const names = new Map(members.map((m) => [m.memberId, m.name]));
    workspaces.push({
      name: summary.name,
      role: me.role,
      joinedAt: me.joinedAt,
      profile: {
        values: me.profile,
        shared: me.shared,
        pairing: {
          optIn: me.pairingOptIn,
          snoozedUntil: me.pairingSnoozedUntil,
          allowAsync: me.allowAsync,
        },
        slackUserId: me.slackUserId,
      },
      excludedFromPairing: excluded
        .map((id) => names.get(id))
        .filter((name): name is string => name !== undefined)
        .sort((a, b) => a.localeCompare(b)),
    });
  }
  return { workspaces };
}
