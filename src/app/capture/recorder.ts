// Writes what one sync of a source found, inside the sync's transaction: an interaction (auto)
// or a "noticed" item (review) per conversation, "seen in a meeting" for large meetings. Each is
// keyed by the source's external id, so the same data twice changes nothing; a day's mail keeps
// its earliest time and who wrote first; a meeting follows its event when it moves.
import type { FoundConversation } from '../../domain/capture/capture-types';
import type { CapturedInteraction } from '../../store/capture/captured-interaction-repository';
import type { NoticedRecord } from '../../store/capture/noticed-repository';
import type { Repositories } from '../../store/repositories';
import type { SourceRecord } from '../../store/sources/source-repository';

export interface SyncTally {
  seen: number;
  captured: number;
  noticed: number;
  removed: number;
  repliesOwed: number;
  repliesClosed: number;
}

export const emptyTally = (): SyncTally => ({
  seen: 0,
  captured: 0,
  noticed: 0,
  removed: 0,
  repliesOwed: 0,
  repliesClosed: 0,
});

/**
 * Zeroes what a sync's transaction counts (all but `seen`, counted before it): called first
 * inside the transaction, which inTransaction runs again after a deadlock, so that a second
 * run does not count its conversations twice.
 */
export function countAfresh(tally: SyncTally): void {
  Object.assign(tally, { ...emptyTally(), seen: tally.seen });
}

const CHUNK = 400;
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...new Set(a)].every((x) => b.includes(x));

export class Recorder {
  private readonly interactions = new Map<string, CapturedInteraction>();
  private readonly noticed = new Map<string, NoticedRecord>();
  /** People whose last conversation and count must be recomputed. */
  private readonly touched = new Set<string>();
  /** People a captured conversation now stands for: their import estimate goes. */
  private readonly talkedTo = new Set<string>();

  constructor(
    private readonly repos: Repositories,
    private readonly source: SourceRecord,
    private readonly now: string,
    readonly tally: SyncTally,
  ) {}

  private get owner() {
    return this.source.ownerId;
  }

  /** Reads what exists for these external ids (and calendar objects) in a few queries. */
  async load(externalIds: string[], objectKeys: string[] = []): Promise<void> {
    const ids = [...new Set(externalIds)];
    const keys = [...new Set(objectKeys)];
    const take = (rows: CapturedInteraction[]) => {
      for (const row of rows) this.interactions.set(row.externalId, row);
    };
    const takeNoticed = (rows: NoticedRecord[]) => {
      for (const row of rows) this.noticed.set(row.externalId, row);
    };
    for (let i = 0; i < ids.length; i += CHUNK) {
      const externalIds = ids.slice(i, i + CHUNK);
      take(await this.repos.captured.list(this.owner, this.source.id, { externalIds }));
      takeNoticed(
        await this.repos.noticed.list(this.owner, { sourceId: this.source.id, externalIds }),
      );
    }
    for (let i = 0; i < keys.length; i += CHUNK) {
      const objectKeys = keys.slice(i, i + CHUNK);
      take(await this.repos.captured.list(this.owner, this.source.id, { objectKeys }));
      takeNoticed(
        await this.repos.noticed.list(this.owner, { sourceId: this.source.id, objectKeys }),
      );
    }
  }

  /** Removes what came from these calendar objects but is no longer among `kept` external ids. */
  async removeMissing(objectKeys: string[], kept: Set<string>): Promise<void> {
    const keys = new Set(objectKeys);
    if (keys.size === 0) return;
    const gone = [...this.interactions.values()].filter(
      (i) => i.objectKey && keys.has(i.objectKey) && !kept.has(i.externalId),
    );
    await this.repos.captured.deleteMany(
      this.owner,
      gone.map((i) => i.id),
    );
    for (const i of gone) {
      for (const p of i.personIds) this.touched.add(p);
      this.interactions.delete(i.externalId);
      await this.repos.search.remove(this.owner, i.id);
    }
    const goneNoticed = [...this.noticed.values()].filter(
      (n) => n.objectKey && keys.has(n.objectKey) && !kept.has(n.externalId),
    );
    await this.repos.noticed.deleteMany(
      this.owner,
      goneNoticed.map((n) => n.id),
    );
    for (const n of goneNoticed) this.noticed.delete(n.externalId);
    const seen = [];
    for (let i = 0; i < objectKeys.length; i += CHUNK) {
      seen.push(
        ...(await this.repos.captureState.listSeen(this.owner, this.source.id, {
          objectKeys: objectKeys.slice(i, i + CHUNK),
        })),
      );
    }
    const goneSeen = [
      ...new Set(seen.filter((s) => !kept.has(s.externalId)).map((s) => s.externalId)),
    ];
    await this.repos.captureState.deleteSeen(this.owner, this.source.id, goneSeen);
    this.tally.removed += gone.length + goneNoticed.filter((n) => n.state === 'pending').length;
  }

  async put(raw: FoundConversation): Promise<void> {
    const found = { ...raw, at: instant(raw.at) };
    const existing = this.interactions.get(found.externalId);
    const noticed = this.noticed.get(found.externalId);
    if (existing) return this.follow(existing, found);
    // Ignored (or logged, then deleted by the user): it stays out.
    if (noticed && noticed.state !== 'pending') return;
    if (noticed) return this.refreshNoticed(noticed, found);
    if (this.source.mode === 'review') {
      await this.repos.noticed.insert(this.owner, this.source.id, fieldsOf(found), this.now);
      this.tally.noticed += 1;
      return;
    }
    if (found.seenOnly) {
      this.tally.captured += await this.repos.captureState.putSeen(
        this.owner,
        this.source.id,
        seenOf(found),
      );
      return;
    }
    const id = await this.repos.captured.insert(
      this.owner,
      {
        sourceId: this.source.id,
        externalId: found.externalId,
        objectKey: found.objectKey,
        at: found.at,
        channel: found.channel,
        initiator: found.initiator,
        about: 'work',
        personIds: found.personIds,
      },
      this.now,
    );
    if (!id) return;
    this.interactions.set(found.externalId, { id, ...fieldsOf(found) });
    this.tally.captured += 1;
    for (const p of found.personIds) {
      this.touched.add(p);
      this.talkedTo.add(p);
    }
  }

  /** A conversation logged earlier: a meeting follows its event; a day's mail keeps its start. */
  private async follow(existing: CapturedInteraction, found: FoundConversation) {
    const mailDay = found.objectKey === null;
    if (mailDay) {
      if (found.at >= existing.at) return;
    } else if (
      existing.at === found.at &&
      existing.channel === found.channel &&
      existing.initiator === found.initiator &&
      sameSet(existing.personIds, found.personIds)
    ) {
      return;
    }
    const personIds = mailDay ? existing.personIds : found.personIds;
    await this.repos.captured.change(
      this.owner,
      existing.id,
      {
        at: found.at,
        channel: found.channel,
        initiator: found.initiator,
        objectKey: found.objectKey,
      },
      personIds,
      this.now,
    );
    for (const p of [...existing.personIds, ...personIds]) this.touched.add(p);
    this.interactions.set(found.externalId, { ...existing, ...fieldsOf(found), personIds });
  }

  private async refreshNoticed(noticed: NoticedRecord, found: FoundConversation) {
    if (found.objectKey === null && found.at >= noticed.at) return;
    const fields = fieldsOf(found);
    if (
      noticed.at === fields.at &&
      noticed.channel === fields.channel &&
      noticed.initiator === fields.initiator &&
      noticed.seenOnly === fields.seenOnly &&
      sameSet(noticed.personIds, fields.personIds)
    ) {
      return;
    }
    await this.repos.noticed.change(this.owner, noticed.id, fields, this.now);
    this.noticed.set(found.externalId, { ...noticed, ...fields });
  }

  /** Recomputes last conversations and counts; captured conversations replace import estimates. */
  async finish(): Promise<void> {
    await refreshPeople(this.repos, this.owner, [...this.touched], [...this.talkedTo], this.now);
  }
}

/** After conversations were logged or removed: stats recomputed, estimates of the new ones gone. */
export async function refreshPeople(
  repos: Repositories,
  ownerId: string,
  touched: string[],
  talkedTo: string[],
  now: string,
): Promise<void> {
  const existing = await repos.people.existing(ownerId, [...new Set(touched)]);
  await repos.people.refreshContactStats(ownerId, [...existing.keys()], now);
  for (const personId of new Set(talkedTo)) {
    if (!existing.has(personId)) continue;
    const person = await repos.people.findById(ownerId, personId);
    if (person?.lastTalkedEstimate) {
      await repos.people.update(ownerId, personId, { lastTalkedEstimate: null }, undefined, now);
    }
  }
}

/** Instants are stored as `toISOString()` (UTC, milliseconds) so they compare as text. */
export const instant = (text: string) => new Date(text).toISOString();

function fieldsOf(found: FoundConversation) {
  return {
    externalId: found.externalId,
    objectKey: found.objectKey,
    at: found.at,
    channel: found.channel,
    initiator: found.initiator,
    seenOnly: found.seenOnly,
    subject: found.subject,
    personIds: [...new Set(found.personIds)],
  };
}

export function seenOf(found: {
  externalId: string;
  objectKey: string | null;
  at: string;
  personIds: string[];
}) {
  return [...new Set(found.personIds)].map((personId) => ({
    externalId: found.externalId,
    objectKey: found.objectKey,
    personId,
    at: found.at,
  }));
}
