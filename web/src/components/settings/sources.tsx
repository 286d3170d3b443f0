import { useEffect, useRef, useState } from 'react';
import type { Source } from '../../api/capture-types';
import { errorMessage } from '../../api/client';
import { useChangeSource, useRemoveSource, useSources, useSyncSource } from '../../api/sources';
import { errorWords, KIND_LABELS, modeWords, sourceWhere, syncWords } from '../../capture-words';
import { useCurrentUser } from '../../current-user';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { SectionCard } from '../section-card';
import { AddSource } from './sources-add';

/** Calendars and mailboxes Rapport learns conversations from: each one's state, and adding. */
export function SourcesSection() {
  const sources = useSources();
  // Today's "Fix it in Settings" links here; the app's router does not follow #fragments itself.
  useEffect(() => {
    if (window.location.hash === '#sources') document.getElementById('sources')?.scrollIntoView();
  }, []);
  return (
    <SectionCard
      id="sources"
      title="Sources"
      intro="Rapport can notice your conversations in your calendar and your mailbox. It keeps only who, when and how (call, meeting, e-mail) — never what was said, and never message text."
    >
      {sources.isPending && <p className="hint">Loading sources…</p>}
      {sources.isError && <p role="alert">{errorMessage(sources.error)}</p>}
      {sources.data?.length === 0 && <p className="empty">No sources yet.</p>}
      {sources.data && sources.data.length > 0 && (
        <ul className="source-list" aria-label="Your sources">
          {sources.data.map((source) => (
            <SourceRow key={source.id} source={source} />
          ))}
        </ul>
      )}
      <AddSource />
      <p className="hint">
        Git repositories are read on the machine that runs Rapport, so they are added from the
        command line there: <code>rapport source add git PATH…</code>
      </p>
    </SectionCard>
  );
}

function SourceRow({ source }: { source: Source }) {
  const { timeZone } = useCurrentUser();
  const notice = useNotice();
  const sync = useSyncSource(source.id);
  const change = useChangeSource(source.id);
  const error = errorWords(source, timeZone);
  const titleId = `source-${source.id}-title`;
  return (
    <li className="source-item" aria-labelledby={titleId}>
      <div className="source-head">
        <h3 id={titleId}>{source.name}</h3>
        {source.paused && <span className="badge badge-muted">Paused</span>}
        {error && <span className="badge badge-status-overdue">Failing</span>}
      </div>
      <p className="hint">
        {KIND_LABELS[source.kind]}
        {sourceWhere(source) ? ` · ${sourceWhere(source)}` : ''} · {modeWords(source.mode)}
      </p>
      <p>{syncWords(source, timeZone)}</p>
      {error && <p className="warning">{error}</p>}
      <div className="actions">
        <button
          type="button"
          aria-disabled={sync.isPending}
          onClick={() => {
            if (sync.isPending) return;
            sync.mutate(undefined, {
              onSuccess: (report) =>
                notice(
                  report.error
                    ? `${source.name}: ${report.error}`
                    : `${source.name}: saw ${report.seen}, captured ${report.captured}.`,
                ),
            });
          }}
        >
          {sync.isPending ? 'Syncing…' : 'Sync now'}
          <Hidden name={source.name} />
        </button>
        <button
          type="button"
          aria-disabled={change.isPending}
          onClick={() => !change.isPending && change.mutate({ paused: !source.paused })}
        >
          {source.paused ? 'Resume' : 'Pause'}
          <Hidden name={source.name} />
        </button>
        <button
          type="button"
          aria-disabled={change.isPending}
          onClick={() =>
            !change.isPending && change.mutate({ mode: source.mode === 'auto' ? 'review' : 'auto' })
          }
        >
          {source.mode === 'auto' ? 'Ask me first instead' : 'Log directly instead'}
          <Hidden name={source.name} />
        </button>
        <RemoveSource source={source} />
      </div>
      <FormError error={sync.error ?? change.error} />
    </li>
  );
}

/** Removing asks whether the conversations it captured go too (typed ones always stay). */
function RemoveSource({ source }: { source: Source }) {
  const remove = useRemoveSource(source.id);
  const notice = useNotice();
  const [asking, setAsking] = useState(false);
  const firstRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) firstRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const done = (removeCaptured: boolean) =>
    remove.mutate(removeCaptured, {
      onSuccess: ({ removed }) =>
        notice(
          removeCaptured
            ? `Removed ${source.name} and ${removed} captured conversations.`
            : `Removed ${source.name}; its conversations stay.`,
        ),
    });
  if (!asking) {
    return (
      <button type="button" ref={triggerRef} onClick={() => setAsking(true)}>
        Remove
        <Hidden name={source.name} />
      </button>
    );
  }
  return (
    <fieldset className="confirm source-remove">
      <legend className="confirm-question">
        Remove {source.name}? It captured {source.captured}{' '}
        {source.captured === 1 ? 'conversation' : 'conversations'}.
      </legend>
      <button type="button" className="danger" ref={firstRef} onClick={() => done(true)}>
        Remove it and what it captured
      </button>
      <button type="button" onClick={() => done(false)}>
        Remove it, keep the conversations
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
      <FormError error={remove.error} />
    </fieldset>
  );
}

/** The source's name for screen readers, after the visible label so the two still match. */
function Hidden({ name }: { name: string }) {
  return <span className="visually-hidden"> {name}</span>;
}
