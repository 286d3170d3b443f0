// Query keys of the daily loop, and the one refresh every write triggers: a conversation, a
// snooze or a done item changes Today, the week, the people list and the person page at once.
import type { QueryClient } from '@tanstack/react-query';

export const loopKeys = {
  people: ['people', 'list'] as const,
  archivedPeople: ['people', 'archived'] as const,
  person: (id: string) => ['people', 'one', id] as const,
  timeline: (id: string) => ['people', 'one', id, 'timeline'] as const,
  health: (id: string) => ['people', 'one', id, 'health'] as const,
  today: ['today'] as const,
  week: ['week'] as const,
  search: (q: string) => ['search', q] as const,
};

/**
 * Marks everything the daily loop shows as stale; the visible parts refetch at once. `except`
 * names a deleted person, whose page must not refetch (and show "not found") before it closes.
 */
export function refreshLoop(
  queryClient: QueryClient,
  options: { except?: string } = {},
): Promise<unknown> {
  const skip = (key: readonly unknown[]) =>
    options.except !== undefined && key[1] === 'one' && key[2] === options.except;
  return Promise.all(
    ['people', 'today', 'week', 'search'].map((root) =>
      queryClient.invalidateQueries({
        queryKey: [root],
        predicate: (query) => !skip(query.queryKey),
      }),
    ),
  );
}
