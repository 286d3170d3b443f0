// Rebuilds a user's search rows from their people and interactions (after a restore, where
// rows arrive in bulk rather than through the use-cases that keep the index in step).
import { interactionSearchHit } from '../people/people';
import { searchBodyOf } from '../people/person';
import type { TransferStore } from './transfer-store';

export async function rebuildSearchIndex(store: TransferStore, userId: string): Promise<void> {
  const people = await store.people.allRecords(userId);
  const interactions = await store.people.interactionsForSearch(userId);
  await store.people.replaceSearchRows(userId, [
    ...people.map((record) => ({
      refType: 'person' as const,
      refId: record.id,
      personId: record.id,
      body: searchBodyOf(record),
    })),
    ...interactions.map(interactionSearchHit),
  ]);
}
