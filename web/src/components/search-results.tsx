import type { UseQueryResult } from '@tanstack/react-query';
import type { SearchResult } from '../api/people-types';
import { Link } from '../router';
import { FormError } from './form-messages';

/**
 * Full-text matches in facts, notes and conversation notes, each linking to the person. A
 * profile match of someone already listed by name adds nothing and is left out.
 */
export function SearchResults({
  query,
  search,
  listed,
}: {
  query: string;
  search: UseQueryResult<SearchResult[]>;
  listed: Set<string>;
}) {
  const results = search.data?.filter(
    (result) => !(result.type === 'person' && listed.has(result.personId)),
  );
  if (results?.length === 0 && listed.size > 0) return null;
  return (
    <section className="card search-results" aria-labelledby="search-title">
      <h2 id="search-title">Mentions of “{query}”</h2>
      <FormError error={search.error} />
      {search.isPending && <p className="hint">Searching…</p>}
      {results && results.length === 0 && (
        <p className="empty">Nobody’s name, facts, notes or conversations mention it.</p>
      )}
      {results && results.length > 0 && (
        <ul className="result-list">
          {results.map((result) => (
            <li key={`${result.type}:${result.interactionId ?? result.personId}`}>
              <Link to={`/people/${encodeURIComponent(result.personId)}`}>{result.personName}</Link>
              <span className="badge">{result.type === 'person' ? 'Profile' : 'Conversation'}</span>
              <p className="snippet">{result.snippet}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
