import type { Kysely } from 'kysely';
import { newId } from '../ids';
import { fromJsonArray, toJson } from '../json-columns';
import type { Database, PairingFeedbackRow, PairingRoundRow } from '../schema';

export type FeedbackAnswer = PairingFeedbackRow['answer'];

export interface StoredGroup {
  id: string;
  members: string[];
  reason: string;
  slot: unknown;
  weight: number;
}

export interface RoundRecord {
  id: string;
  workspaceId: string;
  kind: PairingRoundRow['kind'];
  roundDate: string;
  seed: string;
  origin: PairingRoundRow['origin'];
  createdAt: string;
  groups: StoredGroup[];
  feedback: { from: string; with: string; answer: FeedbackAnswer }[];
}

export interface NewRound {
  workspaceId: string;
  kind: PairingRoundRow['kind'];
  roundDate: string;
  seed: string;
  origin: PairingRoundRow['origin'];
  audit: unknown;
  groups: Omit<StoredGroup, 'id'>[];
  now: string;
}

/**
 * Rounds, their groups and feedback, and confidential exclusions. Exclusions are read either by
 * their author or, whole, by the round itself; nothing else may ask for them.
 */
export class PairingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async exclusionsBy(workspaceId: string, authorId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('pairing_exclusions')
      .select('excluded_id')
      .where('workspace_id', '=', workspaceId)
      .where('author_id', '=', authorId)
      .orderBy('excluded_id')
      .execute();
    return rows.map((r) => r.excluded_id);
  }

  /** Every exclusion of a workspace, author → excluded; only for building a round. */
  async exclusionsForRound(workspaceId: string): Promise<Map<string, string[]>> {
    const rows = await this.db
      .selectFrom('pairing_exclusions')
      .select(['author_id', 'excluded_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const byAuthor = new Map<string, string[]>();
    for (const row of rows) {
      byAuthor.set(row.author_id, [...(byAuthor.get(row.author_id) ?? []), row.excluded_id]);
    }
    return byAuthor;
  }

  async replaceExclusions(workspaceId: string, authorId: string, excluded: string[], now: string) {
    await this.db
      .deleteFrom('pairing_exclusions')
      .where('workspace_id', '=', workspaceId)
      .where('author_id', '=', authorId)
      .execute();
    if (excluded.length === 0) return;
    await this.db
      .insertInto('pairing_exclusions')
      .values(
        excluded.map((id) => ({
          workspace_id: workspaceId,
          author_id: authorId,
          excluded_id: id,
          created_at: now,
        })),
      )
      .execute();
  }

  /** Forgets a leaving member's exclusions, both those they wrote and those naming them. */
  async removeMember(workspaceId: string, memberId: string) {
    await this.db
      .deleteFrom('pairing_exclusions')
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb.or([eb('author_id', '=', memberId), eb('excluded_id', '=', memberId)]))
      .execute();
  }

  async createRound(round: NewRound): Promise<RoundRecord> {
    const id = newId();
    await this.db
      .insertInto('pairing_rounds')
      .values({
        id,
        workspace_id: round.workspaceId,
        kind: round.kind,
        round_date: round.roundDate,
        seed: round.seed,
        origin: round.origin,
        audit: JSON.stringify(round.audit ?? {}),
        created_at: round.now,
      })
      .execute();
    const groups = round.groups.map((g) => ({ ...g, id: newId() }));
    if (groups.length > 0) {
      await this.db
        .insertInto('pairing_groups')
        .values(
          groups.map((g) => ({
            id: g.id,
            round_id: id,
            members: toJson(g.members),
            reason: g.reason,
            slot: g.slot == null ? null : JSON.stringify(g.slot),
            weight: g.weight,
          })),
        )
        .execute();
    }
    const { audit: _audit, groups: _groups, now, ...rest } = round;
    return { ...rest, id, createdAt: now, groups, feedback: [] };
  }

  /** The newest rounds of a workspace (newest first) with their groups and feedback. */
  async recentRounds(workspaceId: string, limit: number, kind?: RoundRecord['kind']) {
    let query = this.db
      .selectFrom('pairing_rounds')
      .select(['id', 'workspace_id', 'kind', 'round_date', 'seed', 'origin', 'created_at'])
      .where('workspace_id', '=', workspaceId);
    if (kind) query = query.where('kind', '=', kind);
    const rounds = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    if (rounds.length === 0) return [];
    const ids = rounds.map((r) => r.id);
    const [groups, feedback] = await Promise.all([
      this.db.selectFrom('pairing_groups').selectAll().where('round_id', 'in', ids).execute(),
      this.db.selectFrom('pairing_feedback').selectAll().where('round_id', 'in', ids).execute(),
    ]);
    return rounds.map(
      (r): RoundRecord => ({
        id: r.id,
        workspaceId: r.workspace_id,
        kind: r.kind,
        roundDate: r.round_date,
        seed: r.seed,
        origin: r.origin,
        createdAt: r.created_at,
        groups: groups
          .filter((g) => g.round_id === r.id)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((g) => ({
            id: g.id,
            members: fromJsonArray(g.members),
            reason: g.reason,
            slot: g.slot === null ? null : JSON.parse(g.slot),
            weight: Number(g.weight),
          })),
        feedback: feedback
          .filter((f) => f.round_id === r.id)
          .map((f) => ({ from: f.from_id, with: f.with_id, answer: f.answer })),
      }),
    );
  }

  async findRound(workspaceId: string, roundId: string) {
    const row = await this.db
      .selectFrom('pairing_rounds')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', roundId)
      .executeTakeFirst();
    if (!row) return undefined;
    const groups = await this.db
      .selectFrom('pairing_groups')
      .select('members')
      .where('round_id', '=', roundId)
      .execute();
    return { id: row.id, groups: groups.map((g) => fromJsonArray(g.members)) };
  }

  /** Records (or changes) what one member said about meeting another in a round. */
  async putFeedback(
    roundId: string,
    from: string,
    withId: string,
    answer: FeedbackAnswer,
    now: string,
  ) {
    await this.db
      .insertInto('pairing_feedback')
      .values({ round_id: roundId, from_id: from, with_id: withId, answer, created_at: now })
      .onConflict((oc) =>
        oc.columns(['round_id', 'from_id', 'with_id']).doUpdateSet({ answer, created_at: now }),
      )
      .execute();
  }
}
