// Writes that may be sent twice (the web app's offline queue retries until it hears back) carry
// an Idempotency-Key. The first request with a key claims it and its response is stored; the
// same request again gets that response back and changes nothing. Keys are per user and route.
import { z } from 'zod';
import type { IdempotencyKey } from '../../store/idempotency/idempotency-repository';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { sha256 } from '../secrets';

/** How long a key is remembered: long enough for a phone to come back online. */
export const KEY_HOURS = 48;
/** A claim without a response after this long belongs to a request that died (a restart). */
const ABANDONED_MS = 60_000;

/** The header's value: visible ASCII, as a UUID or any client's own scheme. */
export const idempotencyKeyInput = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key must be 1 to 200 visible ASCII characters');

export type KeyClaim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: string };

/**
 * Claims `key` for this request, or returns the stored response of the same request. Throws
 * `idempotency_in_progress` while the first request is still running and
 * `idempotency_key_reused` when the key came with a different request.
 */
export async function claimIdempotencyKey(
  ctx: AppContext,
  id: IdempotencyKey,
  request: string,
): Promise<KeyClaim> {
  const repo = ctx.repos.idempotency;
  const now = ctx.clock.now();
  const hash = sha256(request);
  const expired = new Date(now.getTime() - KEY_HOURS * 3_600_000).toISOString();
  await repo.purge(id.ownerId, expired);
  if (await repo.claim(id, hash, now.toISOString())) return { kind: 'claimed' };
  const row = await repo.find(id);
  // Gone between the two statements (purged): claim it again.
  if (!row) return (await repo.claim(id, hash, now.toISOString())) ? { kind: 'claimed' } : busy();
  if (row.request_hash !== hash) {
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different request',
    );
  }
  if (row.status !== null && row.response !== null) {
    return { kind: 'replay', status: row.status, body: row.response };
  }
  const abandoned = row.created_at < new Date(now.getTime() - ABANDONED_MS).toISOString();
  if (abandoned && (await repo.reclaim(id, row.created_at, hash, now.toISOString()))) {
    return { kind: 'claimed' };
  }
  return busy();
}

function busy(): never {
  throw new AppError(
    'idempotency_in_progress',
    'A request with this Idempotency-Key is still running; try again in a moment',
  );
}

/** Stores the response the claimed request gave, for replays. */
export async function storeIdempotentResponse(
  ctx: AppContext,
  id: IdempotencyKey,
  status: number,
  body: string,
): Promise<void> {
  await ctx.repos.idempotency.complete(id, status, body);
}

/** Gives the key back when the request failed on our side, so a retry runs it again. */
export async function releaseIdempotencyKey(ctx: AppContext, id: IdempotencyKey): Promise<void> {
  await ctx.repos.idempotency.release(id);
}
