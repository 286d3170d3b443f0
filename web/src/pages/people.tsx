import { useDeferredValue, useMemo, useState } from 'react';
import { useArchivedPeople, usePeople } from '../api/people';
import { KIND_LABELS, PERSON_KINDS, type Person } from '../api/people-types';
import { useSearch } from '../api/today';
import { Field } from '../components/field';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { PeopleBulkBar } from '../components/people-bulk-bar';
import { PeopleTable } from '../components/people-table';
import { SearchResults } from '../components/search-results';
import { SelectField } from '../components/select-field';
import { useCurrentUser } from '../current-user';
import { type SortOrder, sortPeople } from '../people-sort';
import { Link, useLocation } from '../router';

const ALL = '';

const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function optionsOf(values: string[], all: string) {
  return [{ value: ALL, label: all }, ...values.map((value) => ({ value, label: value }))];
}

function distinct(people: Person[], pick: (person: Person) => (string | null)[]): string[] {
  return [...new Set(people.flatMap(pick).filter((value): value is string => Boolean(value)))].sort(
    (a, b) => a.localeCompare(b),
  );
}

export function PeoplePage() {
  const user = useCurrentUser();
  // `/people?archived`: the archived people instead of those kept (the same filters apply).
  const showArchived = useLocation().search.has('archived');
  const kept = usePeople();
  const archived = useArchivedPeople();
  const people = showArchived ? archived : kept;
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState(ALL);
  const [tag, setTag] = useState(ALL);
  const [team, setTeam] = useState(ALL);
  const [order, setOrder] = useState<SortOrder>('overdue');
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const deferredQuery = useDeferredValue(query.trim());
  const search = useSearch(deferredQuery);

  const all = people.data ?? [];
  const tags = useMemo(() => distinct(all, (person) => person.tags), [all]);
  const teams = useMemo(() => distinct(all, (person) => [person.team]), [all]);
  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const kept = all.filter(
      (person) =>
        (!needle || person.name.toLocaleLowerCase().includes(needle)) &&
        (!kind || person.kind === kind) &&
        (!tag || person.tags.includes(tag)) &&
        (!team || person.team === team),
    );
    return sortPeople(kept, order, user.timeZone);
  }, [all, query, kind, tag, team, order, user.timeZone]);
  const filtered = Boolean(query.trim() || kind || tag || team);
  // Only people still listed (and still there) count as selected.
  const selectedIds = shown.filter((person) => selected.has(person.id)).map((person) => person.id);

  function select(ids: string[], checked: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  return (
    <Page
      title={showArchived ? 'Archived people' : 'People'}
      actions={
        <>
          {showArchived ? (
            <Link to="/people" className="button">
              Back to People
            </Link>
          ) : (
            archived.data &&
            archived.data.length > 0 && (
              <Link to="/people?archived" className="button">
                Archived ({archived.data.length})
              </Link>
            )
          )}
          <Link to="/import" className="button">
            Import
          </Link>
          <Link to="/people/new" className="button primary">
            Add person
          </Link>
        </>
      }
    >
      <search className="filters" aria-label="Find people">
        <Field
          label="Search"
          placeholder="Name, fact, note…"
          type="search"
          name="q"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="filter-search"
        />
        <SelectField
          label="Kind"
          name="kind"
          value={kind}
          options={[
            { value: ALL, label: 'All kinds' },
            ...PERSON_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          ]}
          onChange={(event) => setKind(event.target.value)}
        />
        {tags.length > 0 && (
          <SelectField
            label="Tag"
            name="tag"
            value={tag}
            options={optionsOf(tags, 'All tags')}
            onChange={(event) => setTag(event.target.value)}
          />
        )}
        {teams.length > 0 && (
          <SelectField
            label="Team"
            name="team"
            value={team}
            options={optionsOf(teams, 'All teams')}
            onChange={(event) => setTeam(event.target.value)}
          />
        )}
        <SelectField
          label="Sort by"
          name="sort"
          value={order}
          options={[
            { value: 'overdue', label: 'Most overdue' },
            { value: 'name', label: 'Name' },
          ]}
          onChange={(event) => setOrder(event.target.value as SortOrder)}
        />
      </search>
      <FormError error={people.error} />
      {people.isPending && <p className="hint">Loading…</p>}
      {people.data && (
        <p className="hint" role="status">
          {filtered ? `${shown.length} of ${peopleCount(all.length)}` : peopleCount(all.length)}
        </p>
      )}
      {showArchived && people.data && all.length === 0 && (
        <p>No one is archived. Archive someone from their page to take them off your lists.</p>
      )}
      {!showArchived && people.data && all.length === 0 && (
        <div className="card empty-card">
          <h2>Nobody here yet</h2>
          <p>
            Add the people you want to stay close to: your manager, the teammates you rely on, old
            colleagues, friends. Rapport reminds you when it’s time to reach out.
          </p>
        </div>
      )}
      {selectedIds.length > 0 && (
        <PeopleBulkBar ids={selectedIds} onDone={() => setSelected(new Set())} />
      )}
      {shown.length > 0 && <PeopleTable people={shown} selected={selected} onSelect={select} />}
      {deferredQuery.length >= 2 && (
        <SearchResults
          query={deferredQuery}
          search={search}
          listed={new Set(shown.map((person) => person.id))}
        />
      )}
    </Page>
  );
}
