// "Turn off this mail": every automatic mail names what it is (its kind) and carries a signed
// link that turns that kind off without signing in, also as RFC 8058 one-click unsubscribe
// (List-Unsubscribe-Post), which large mail providers require of automatic senders. A GET only
// asks (mail scanners follow links); the POST does it, and the page offers to undo it.

import { type AppContext, inTransaction } from '../context';
import { signLink, verifyLink } from '../links/signed-links';
import { preferencesOf } from '../people/preferences';

/** What a recipient can turn off: the digest, update drafts, or one workspace's mail. */
export type MailKind = 'digest' | 'update-drafts' | `team:${string}`;

export function mailOffToken(secret: string, userId: string, kind: MailKind): string {
  return signLink(secret, 'mail-off', [userId, kind]);
}

/** The one-click address, or null without RAPPORT_PUBLIC_URL (a link must be reachable). */
export function mailOffUrl(ctx: AppContext, userId: string, kind: MailKind): string | null {
  if (!ctx.settings.publicUrl) return null;
  return `${ctx.settings.publicUrl.replace(/\/$/, '')}/mail-off/${mailOffToken(ctx.settings.secret, userId, kind)}`;
}

type Read = { userId: string; kind: MailKind; what: string } | { refused: string };

const INVALID = { refused: 'This link is not valid.' };

export async function describeMailOff(ctx: AppContext, token: string): Promise<Read> {
  const parts = verifyLink(ctx.settings.secret, 'mail-off', token);
  if (parts?.length !== 2) return INVALID;
  const [userId, kind] = parts as [string, string];
  const user = await ctx.repos.users.findById(userId);
  if (!user) return INVALID;
  if (kind === 'digest') return { userId, kind, what: 'the daily digest' };
  if (kind === 'update-drafts')
    return { userId, kind, what: 'your scheduled status-update drafts' };
  if (kind.startsWith('team:')) {
    const workspace = await ctx.repos.workspaces.findById(kind.slice('team:'.length));
    if (!workspace) return { refused: 'This workspace no longer exists.' };
    return { userId, kind: kind as MailKind, what: `e-mail from the workspace ${workspace.name}` };
  }
  return INVALID;
}

/** Turns the mail off (or on again, for "undo"); the same request twice changes nothing more. */
export async function setMailOff(
  ctx: AppContext,
  token: string,
  off: boolean,
): Promise<{ done: string } | { refused: string }> {
  const read = await describeMailOff(ctx, token);
  if ('refused' in read) return read;
  const at = ctx.clock.now().toISOString();
  await inTransaction(ctx, async (repos) => {
    const user = await repos.users.findById(read.userId);
    if (!user) return;
    const prefs = preferencesOf(user.preferences);
    const patch: Record<string, unknown> = {};
    if (read.kind === 'digest' && prefs.digest) patch.digest = { ...prefs.digest, enabled: !off };
    if (read.kind === 'update-drafts' && prefs.updateSchedule) {
      patch.updateSchedule = { ...prefs.updateSchedule, enabled: !off };
    }
    if (read.kind.startsWith('team:')) {
      const id = read.kind.slice('team:'.length);
      const others = prefs.teamMailOff.filter((workspaceId) => workspaceId !== id);
      patch.teamMailOff = off ? [...others, id] : others;
    }
    await repos.users.update(user.id, { preferences: { ...user.preferences, ...patch } }, at);
  });
  return {
    done: off
      ? `Turned off ${read.what}. You can turn it on again in Rapport's Settings, or here.`
      : `Turned ${read.what} on again.`,
  };
}

/** Whether a member turned a workspace's mail off (checked before queueing it). */
export function teamMailOff(preferences: object, workspaceId: string): boolean {
  return preferencesOf(preferences).teamMailOff.includes(workspaceId);
}
