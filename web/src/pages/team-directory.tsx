import { useState } from 'react';
import { matchOf, type PeopleMatch, useAddColleague, useDirectory } from '../api/team-space';
import type { DirectoryEntry } from '../api/team-types';
import { Field } from '../components/field';
import { FormError } from '../components/form-messages';
import { DirectoryDetails, searchableText } from '../components/team/directory-entry';
import { WorkspaceFrame } from '../components/team/workspace-frame';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';

/** Everyone in the workspace with what they share, and one step to add them to your people. */
export function TeamDirectoryPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  return (
    <WorkspaceFrame id={id} section="Directory">
      {() => <Directory workspaceId={id} />}
    </WorkspaceFrame>
  );
}

function Directory({ workspaceId }: { workspaceId: string }) {
  const user = useCurrentUser();
  const members = useDirectory(workspaceId);
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = (members.data ?? []).filter(
    (entry) => !needle || searchableText(entry).includes(needle),
  );
  return (
    <section className="card" aria-labelledby="directory-title">
      <h2 id="directory-title">Directory</h2>
      <p className="intro">
        Each member chooses what their entry shows. Adding someone to your people copies what they
        share into your own Rapport; your notes about them stay yours.{' '}
        <Link to={`/team/${workspaceId}/profile`}>Choose what you share</Link>.
      </p>
      <Field
        label="Find"
        hint="Name, team, role, city or interest."
        name="directoryFilter"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <FormError error={members.error} />
      {members.isPending && <p className="hint">Loading…</p>}
      {members.data && shown.length === 0 && <p className="empty">Nobody matches “{query}”.</p>}
      <ul className="directory-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <DirectoryCard entry={entry} workspaceId={workspaceId} isMe={entry.id === user.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DirectoryCard({
  entry,
  workspaceId,
  isMe,
}: {
  entry: DirectoryEntry;
  workspaceId: string;
  isMe: boolean;
}) {
  const add = useAddColleague(workspaceId);
  const titleId = `member-${entry.id}`;
  // The user already has this colleague: ask before making a second person (kept while the
  // answer is sent, so the question does not flicker away).
  const [match, setMatch] = useState<PeopleMatch | null>(null);
  return (
    <article className="directory-entry" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {entry.name}
        {isMe && <span className="hint"> (you)</span>}
        {entry.workspaceRole === 'admin' && <span className="badge badge-key">Admin</span>}
      </h3>
      <DirectoryDetails entry={entry} />
      {!isMe &&
        (add.data ? (
          <p role="status">
            {add.data.linked ? 'Linked: empty fields filled in.' : 'Added.'}{' '}
            <Link to={`/people/${add.data.person.id}`}>Open {add.data.person.name}</Link>
          </p>
        ) : match ? (
          <div className="stack">
            <p>
              Link to your existing {match.name}?{' '}
              <span className="hint">
                ({match.matchedBy === 'email' ? 'same e-mail' : 'same name'}; linking only fills
                fields you left empty)
              </span>
            </p>
            <div className="row-actions-inline">
              <button
                type="button"
                className="primary"
                aria-disabled={add.isPending}
                onClick={() =>
                  !add.isPending &&
                  add.mutate({ userId: entry.id, action: 'link', personId: match.id })
                }
              >
                Link to {match.name}
              </button>
              <button
                type="button"
                aria-disabled={add.isPending}
                onClick={() => !add.isPending && add.mutate({ userId: entry.id, action: 'new' })}
              >
                Add as a new person
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            aria-label={`Add ${entry.name} to my people`}
            aria-disabled={add.isPending}
            onClick={() =>
              !add.isPending &&
              add.mutate({ userId: entry.id }, { onError: (error) => setMatch(matchOf(error)) })
            }
          >
            Add to my people
          </button>
        ))}
      {!matchOf(add.error) && <FormError error={add.error} />}
    </article>
  );
}
