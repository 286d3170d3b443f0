// Import people from a contacts file (vCard from Apple, Google, Android, Outlook; CSV from
// Google, Outlook, LinkedIn): pick the file, see what would happen, answer once how well you
// know these people (their last conversation is estimated from it, spread over days so they do
// not all fall due at once), then apply. Imported people are never marked "new".
import { type ChangeEvent, type FormEvent, useState } from 'react';
import {
  FAMILIARITIES,
  FAMILIARITY_LABELS,
  type Familiarity,
  type ImportEntry,
  type ImportReport,
  useImport,
} from '../api/import';
import { KIND_LABELS, PERSON_KINDS, type PersonKind } from '../api/people-types';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { SelectField } from '../components/select-field';
import { Link } from '../router';

const SHOWN = 20;
const BY: Record<string, string> = {
  uid: 'same card id',
  email: 'same e-mail',
  phone: 'same name and phone',
  name: 'same name',
};

function describe(entry: ImportEntry): string {
  if (entry.action === 'update' && entry.match) {
    return `${entry.name} → ${entry.match.name} (${BY[entry.match.by]}; adds ${entry.changes?.join(', ')})`;
  }
  if (entry.action === 'unchanged' && entry.match) {
    return `${entry.name} (${BY[entry.match.by]} as ${entry.match.name}; nothing new)`;
  }
  if (entry.action === 'duplicate' && entry.duplicateOf) {
    return `${entry.name} (${BY[entry.duplicateOf.by]} as line ${entry.duplicateOf.line}; folded in)`;
  }
  return entry.name;
}

const SECTIONS: [string, ImportEntry['action']][] = [
  ['New', 'create'],
  ['Updated', 'update'],
  ['Already here', 'unchanged'],
  ['Duplicates in the file', 'duplicate'],
];

function Plan({ report }: { report: ImportReport }) {
  return (
    <div className="stack import-plan">
      {SECTIONS.map(([title, action]) => {
        const entries = report.people.filter((entry) => entry.action === action);
        if (entries.length === 0) return null;
        return (
          <section key={action} className="card">
            <h3>
              {title} ({entries.length})
            </h3>
            <ul>
              {entries.slice(0, SHOWN).map((entry) => (
                <li key={entry.line}>
                  {describe(entry)}
                  {entry.warnings?.length ? (
                    <span className="hint"> — {entry.warnings.join('; ')}</span>
                  ) : null}
                </li>
              ))}
              {entries.length > SHOWN && (
                <li className="hint">…and {entries.length - SHOWN} more</li>
              )}
            </ul>
          </section>
        );
      })}
      {report.errors.length > 0 && (
        <section className="card">
          <h3>Skipped ({report.errors.length})</h3>
          <ul>
            {report.errors.slice(0, SHOWN).map((error) => (
              <li key={error.line}>
                Line {error.line}: {error.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const summary = (report: ImportReport) =>
  [
    `${report.created} ${report.applied ? 'added' : 'new'}`,
    `${report.updated} updated`,
    `${report.skipped} already here`,
    `${report.merged} duplicate${report.merged === 1 ? '' : 's'} folded`,
    ...(report.errors.length ? [`${report.errors.length} skipped`] : []),
  ].join(', ');

export function ImportPage() {
  const run = useImport();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [kind, setKind] = useState<PersonKind>('other');
  const [tag, setTag] = useState('');
  const [familiarity, setFamiliarity] = useState<Familiarity>('now-and-then');
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setDone(null);
    setFileError(undefined);
    run.reset();
    if (!chosen) return setFile(null);
    setFile({ name: chosen.name, content: await chosen.text() });
  }

  function send(apply: boolean) {
    if (!file) return setFileError('Choose a vCard (.vcf) or CSV file.');
    run.mutate(
      {
        filename: file.name,
        content: file.content,
        kind,
        familiarity,
        apply,
        ...(tag.trim() && { tag: tag.trim() }),
      },
      {
        onSuccess: (report) => {
          if (apply) {
            setDone(report);
            setPreview(null);
          } else setPreview(report);
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(false);
  }

  // Changing a choice after the preview asks for a new one: what is applied is what was shown.
  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setPreview(null);
    };
  }

  return (
    <Page title="Import people">
      <form onSubmit={submit} noValidate className="stack import-form">
        <p>
          From a contacts file: a vCard (.vcf) from Apple, Google, Android or Outlook, or a CSV from
          Google, Outlook or LinkedIn. You see what would happen before anything changes, and
          importing the same file again adds nothing twice.
        </p>
        <Field
          label="File"
          name="file"
          type="file"
          accept=".vcf,.vcard,.csv,text/vcard,text/csv"
          onChange={pick}
          error={fileError}
        />
        <ChoiceGroup
          legend="How well do you know these people?"
          name="familiarity"
          value={familiarity}
          options={FAMILIARITIES}
          labels={FAMILIARITY_LABELS}
          onChange={changed(setFamiliarity)}
        />
        <p className="hint">
          Rapport estimates when you last talked from this, spread over days so they don’t all come
          due at once; a conversation you log replaces the estimate. Imported people are not marked
          “new”.
        </p>
        <div className="form-grid">
          <SelectField
            label="File new people as"
            name="kind"
            value={kind}
            hint="Other: no reminders until you choose a kind."
            options={PERSON_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            onChange={(event) => changed(setKind)(event.target.value as PersonKind)}
          />
          <Field
            label="Tag everyone (optional)"
            name="tag"
            autoComplete="off"
            value={tag}
            onChange={(event) => changed(setTag)(event.target.value)}
          />
        </div>
        <FormError error={run.error} />
        <div className="actions">
          <button
            type="submit"
            className={preview ? undefined : 'primary'}
            aria-disabled={run.isPending}
          >
            {run.isPending && !preview ? 'Reading…' : 'Preview'}
          </button>
          {preview && preview.created + preview.updated > 0 && (
            <button
              type="button"
              className="primary"
              aria-disabled={run.isPending}
              onClick={() => send(true)}
            >
              {run.isPending ? 'Importing…' : `Import ${preview.created + preview.updated}`}
            </button>
          )}
        </div>
      </form>
      {preview && (
        <section aria-label="Preview" className="stack">
          <h2>Preview</h2>
          <p role="status">
            {file?.name}: {summary(preview)}.
            {preview.created + preview.updated === 0 &&
              ' Nothing to import: everything readable is already here.'}
          </p>
          <Plan report={preview} />
        </section>
      )}
      {done && (
        <section aria-label="Result" className="card">
          <h2>Imported</h2>
          <p role="status">{summary(done)}.</p>
          <p>
            <Link to="/people">See your people</Link>
          </p>
        </section>
      )}
    </Page>
  );
}
