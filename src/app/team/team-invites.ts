// Workspace invites: an admin creates a link (for anyone, or once for one address, which is then
// mailed when the server can send mail), and whoever holds it may see whose workspace it opens.
import { escapeHtml } from '../../domain/credit/markdown-render';
import type { WorkspaceInviteRecord } from '../../store/team/workspace-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { randomSecret, sha256 } from '../secrets';
import { parseInput } from '../validation';
import { requireAdmin } from './membership';
import { newTeamInviteInput } from './team-input';

const INVITE_LIFETIME_MS = 14 * 24 * 3600_000;

export interface CreatedTeamInvite {
  token: string;
  url: string;
  email: string | null;
  expiresAt: string;
  /** Whether the link was handed to the mail server for `email`. */
  mailed: boolean;
}

/** `baseUrl` is where people reach this server (RAPPORT_PUBLIC_URL, or the request's origin). */
export async function createTeamInvite(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  raw: unknown,
  baseUrl: string,
): Promise<CreatedTeamInvite> {
  const input = parseInput(newTeamInviteInput, raw);
  const { workspace } = await requireAdmin(ctx, userId, workspaceId);
  const token = randomSecret('rtw_');
  const now = ctx.clock.now();
  const invite = await ctx.repos.workspaces.createInvite({
    workspaceId,
    tokenHash: sha256(token),
    invitedBy: userId,
    email: input.email ?? null,
    newcomer: input.newcomer ?? null,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS).toISOString(),
  });
  const url = `${baseUrl.replace(/\/+$/, '')}/team/join/${token}`;
  let mailed = false;
  if (invite.email && ctx.mailer.configured) {
    const inviter = await ctx.repos.users.findById(userId);
    const mail = inviteMail(workspace.name, inviter?.name ?? 'A colleague', url, invite.expiresAt);
    try {
      await ctx.mailer.send({
        to: [invite.email],
        replyTo: inviter?.email,
        onBehalfOf: inviter?.name,
        ...mail,
      });
      mailed = true;
    } catch (error) {
      // The link is still good: the response carries it, and `mailed: false` says to pass it on.
      ctx.log.warn({ err: error }, 'workspace invite mail failed');
    }
  }
  return { token, url, email: invite.email, expiresAt: invite.expiresAt, mailed };
}

export function inviteMail(workspaceName: string, inviterName: string, url: string, until: string) {
  const lines = [
    `${inviterName} invited you to join ${workspaceName} on Rapport.`,
    'Members find each other in its directory (you choose what your profile shares), can be ' +
      'paired for coffee, and share a water cooler. Your own notes about people never enter it.',
    `Join ${workspaceName}: ${url}`,
    `The link works once, for the account with this e-mail address, until ${until.slice(0, 10)}.`,
  ];
  const html = lines
    .map((line, i) =>
      i === 2
        ? `<p><a href="${escapeHtml(url)}">Join ${escapeHtml(workspaceName)}</a></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join('\n');
  return {
    subject: `${inviterName} invited you to ${workspaceName} on Rapport`,
    text: lines.join('\n\n'),
    html,
  };
}

/**
 * The invite a token opens for this caller. An expired or used one, or one for another
 * account's address, is for them no invite at all.
 */
export async function usableInviteFor(
  ctx: AppContext,
  userId: string,
  token: string,
): Promise<WorkspaceInviteRecord> {
  const invite = await ctx.repos.workspaces.findUsableInvite(sha256(token), isoNow(ctx.clock));
  const user = await ctx.repos.users.findById(userId);
  if (
    !invite ||
    !user ||
    (invite.email && invite.email.toLowerCase() !== user.email.toLowerCase())
  ) {
    throw notFound('Invite');
  }
  return invite;
}

/** What the join page shows before joining: the workspace's name and who invited. */
export async function previewTeamInvite(ctx: AppContext, userId: string, token: string) {
  const invite = await usableInviteFor(ctx, userId, token);
  const [workspace, inviter] = await Promise.all([
    ctx.repos.workspaces.findById(invite.workspaceId),
    ctx.repos.users.findById(invite.invitedBy),
  ]);
  if (!workspace) throw notFound('Invite');
  return {
    workspaceName: workspace.name,
    inviterName: inviter?.name ?? '',
    expiresAt: invite.expiresAt,
  };
}
