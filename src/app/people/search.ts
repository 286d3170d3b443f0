// Full-text search over the user's people and what was said with them.
import { z } from 'zod';
import type { AppContext } from '../context';

export const searchInput = z.object({
  q: z.string().trim().min(1, 'Type something to search for').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  /** "true": archived people (and conversations filed under them) are searched too. */
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: archived people are searched too (left out by default)' }),
});

export interface SearchResult {
  type: 'person' | 'interaction';
  personId: string;
  personName: string;
  interactionId?: string;
  snippet: string;
}

export async function search(
  ctx: AppContext,
  userId: string,
  { q, limit, includeArchived }: z.output<typeof searchInput>,
): Promise<SearchResult[]> {
  const hits = await ctx.repos.search.search(userId, q, limit, includeArchived === 'true');
  const names = await ctx.repos.people.existing(userId, [...new Set(hits.map((h) => h.personId))]);
  return hits.map((hit) => ({
    type: hit.refType,
    personId: hit.personId,
    personName: names.get(hit.personId) ?? '',
    ...(hit.refType === 'interaction' && { interactionId: hit.refId }),
    snippet: snippetOf(hit.body, q),
  }));
}

/** The line that matched, cut to a readable length around the first matching word. */
function snippetOf(body: string, query: string): string {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = body.toLowerCase();
  const at = Math.max(
    0,
    Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), body.length),
  );
  const start = Math.max(0, at - 60);
  const text = body
    .slice(start, start + 160)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${text}${start + 160 < body.length ? '…' : ''}`;
}
