import { useState } from 'react';
import { useAddToPeople, useDirectory } from '../api/team-space';
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
  const add = useAddToPeople(workspaceId);
  const titleId = `member-${entry.id}`;
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
            Added. <Link to={`/people/${add.data.id}`}>Open {add.data.name}</Link>
          </p>
        ) : (
          <button
            type="button"
            aria-label={`Add ${entry.name} to my people`}
            aria-disabled={add.isPending}
            onClick={() => !add.isPending && add.mutate(entry.id)}
          >
            Add to my people
          </button>
        ))}
      <FormError error={add.error} />
    </article>
  );
}
