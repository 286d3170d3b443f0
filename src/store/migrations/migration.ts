import type { Kysely } from 'kysely';
import type { DialectName } from '../database';

/** A forward-only schema change; it runs inside a transaction with its bookkeeping row. */
export interface Migration {
  name: string;
  // Migrations see the database as it was when they were written, not today's schema types.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}
