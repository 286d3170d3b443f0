// API tokens for scripts and the CLI: named, shown once, stored hashed, revocable.
import { z } from 'zod';
import type { TokenRecord } from '../../store/tokens/token-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { conflict, notFound } from '../errors';
import { randomSecret, sha256 } from '../secrets';

export const TOKEN_PREFIX = 'rpt_';
// Writing last-used on every call would turn each read into a write; a minute is precise enough.
const MARK_USED_AFTER_MS = 60_000;

export const newTokenInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'A token needs a name')
    .max(60)
    .regex(/^[^\s].*$/, 'A token name cannot start with a space'),
});

export type ApiToken = Omit<TokenRecord, 'userId'>;

const present = ({ userId: _owner, ...token }: TokenRecord): ApiToken => token;

export async function createToken(
  ctx: AppContext,
  userId: string,
  { name }: z.output<typeof newTokenInput>,
): Promise<{ token: ApiToken; secret: string }> {
  if (await ctx.repos.tokens.findLiveByName(userId, name)) {
    throw conflict(`You already have a token named "${name}"`);
  }
  const secret = randomSecret(TOKEN_PREFIX);
  const token = await ctx.repos.tokens
    .create({
      userId,
      name,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      now: isoNow(ctx.clock),
    })
    .catch((error: unknown) => {
      if (/unique|duplicate/i.test(String(error))) throw conflict(`A token named "${name}" exists`);
      throw error;
    });
  return { token: present(token), secret };
}

export async function listTokens(ctx: AppContext, userId: string): Promise<ApiToken[]> {
  return (await ctx.repos.tokens.listLive(userId)).map(present);
}

/** Revokes by id or by name; the token stops working on the next request. */
export async function revokeToken(ctx: AppContext, userId: string, idOrName: string) {
  const byName = await ctx.repos.tokens.findLiveByName(userId, idOrName);
  const revoked = await ctx.repos.tokens.revoke(userId, byName?.id ?? idOrName, isoNow(ctx.clock));
  if (!revoked) throw notFound('Token');
}

/** The user a bearer token belongs to, or undefined for an unknown or revoked token. */
export async function authenticateToken(
  ctx: AppContext,
  secret: string,
): Promise<string | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
  const hash = sha256(secret);
  const now = ctx.clock.now();
  // Kept a few seconds, and only while nothing was written (see auth-cache): a revoke is seen.
  return ctx.auth.get(`token:${hash}`, ctx.store.changeStamp, now.getTime(), async () => {
    const token = await ctx.repos.tokens.findLiveByHash(hash);
    if (!token) return undefined;
    if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > MARK_USED_AFTER_MS) {
      await ctx.repos.tokens.markUsed(token.id, now.toISOString());
    }
    return token.userId;
  });
}
