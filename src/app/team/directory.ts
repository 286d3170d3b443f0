// The team directory: each member's own profile, shown to colleagues field by field only as the
// member chose. Nothing here reads anyone's people, notes or conversations.
import type { z } from 'zod';
import type { MemberRecord } from '../../store/team/member-repository';
import type { WorkingHours } from '../accounts/working-hours';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { inTransaction } from '../context';
import { requireFellowMember, requireMember } from './membership';
import {
  type exclusionsInput,
  type profileChanges,
  SHARE_FIELDS,
  type ShareField,
} from './team-input';

/** What a member entered for the directory (their zone and hours come from their account). */
export interface ProfileValues {
  officeDays?: string[];
  city?: string | null;
  team?: string | null;
  role?: string | null;
  interests?: string[];
  askMeAbout?: string | null;
  birthday?: string | null;
  workStart?: string | null;
}

/** A directory entry: the name always, every other field only when shared. */
export interface DirectoryEntry {
  id: string;
  name: string;
  workspaceRole: 'admin' | 'member';
  email?: string;
  timeZone?: string;
  workingHours?: WorkingHours;
  officeDays?: string[];
  city?: string;
  team?: string;
  role?: string;
  interests?: string[];
  askMeAbout?: string;
  birthday?: string;
  workStart?: string;
}

export function valuesOf(member: MemberRecord) {
  const profile = member.profile as ProfileValues;
  return {
    ...profile,
    email: member.email,
    timeZone: member.timeZone,
    workingHours: member.workingHours as WorkingHours,
  };
}

/** Only the fields the member shares, and only those with a value. */
export function sharedEntry(member: MemberRecord): DirectoryEntry {
  const values = valuesOf(member) as Record<string, unknown>;
  const entry: Record<string, unknown> = {
    id: member.memberId,
    name: member.name,
    workspaceRole: member.role,
  };
  for (const field of SHARE_FIELDS) {
    const value = values[field];
    const empty = value == null || value === '' || (Array.isArray(value) && value.length === 0);
    if (member.shared.includes(field) && !empty) entry[field] = value;
  }
  return entry as unknown as DirectoryEntry;
}

export async function directory(ctx: AppContext, userId: string, workspaceId: string) {
  await requireMember(ctx, userId, workspaceId);
  const members = await ctx.repos.workspaceMembers.list(workspaceId);
  return members.map(sharedEntry);
}

/** The caller's own profile in a workspace, with everything they entered and what they share. */
export async function myProfile(ctx: AppContext, userId: string, workspaceId: string) {
  const { member } = await requireMember(ctx, userId, workspaceId);
  const [excludedIds, members] = await Promise.all([
    ctx.repos.pairing.exclusionsBy(workspaceId, userId),
    ctx.repos.workspaceMembers.list(workspaceId),
  ]);
  const names = new Map(members.map((m) => [m.memberId, m.name]));
  return {
    values: valuesOf(member),
    share: member.shared.filter((f): f is ShareField =>
      (SHARE_FIELDS as readonly string[]).includes(f),
    ),
    pairing: {
      optIn: member.pairingOptIn,
      snoozedUntil: member.pairingSnoozedUntil,
      allowAsync: member.allowAsync,
    },
    // Only the author ever sees their exclusions.
    excluded: excludedIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    slackUserId: member.slackUserId,
  };
}

export async function updateMyProfile(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  changes: z.output<typeof profileChanges>,
) {
  const { member } = await requireMember(ctx, userId, workspaceId);
  const { share, pairing, slackUserId, ...values } = changes;
  const profile = { ...member.profile };
  for (const [key, value] of Object.entries(values)) if (value !== undefined) profile[key] = value;
  await ctx.repos.workspaceMembers.update(workspaceId, userId, {
    profile,
    shared: share ? [...new Set(share)] : undefined,
    pairingOptIn: pairing?.optIn,
    pairingSnoozedUntil: pairing?.snoozedUntil,
    allowAsync: pairing?.allowAsync,
    slackUserId,
  });
  return myProfile(ctx, userId, workspaceId);
}

/** Replaces the caller's confidential exclusions: never shown to the excluded, nor to admins. */
export async function setExclusions(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  { userIds }: z.output<typeof exclusionsInput>,
) {
  await requireMember(ctx, userId, workspaceId);
  const unique = [...new Set(userIds)].filter((id) => id !== userId);
  for (const id of unique) await requireFellowMember(ctx, workspaceId, id);
  await inTransaction(ctx, (repos) =>
    repos.pairing.replaceExclusions(workspaceId, userId, unique, isoNow(ctx.clock)),
  );
  return myProfile(ctx, userId, workspaceId);
}
