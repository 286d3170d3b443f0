import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { useSaveAccomplishment } from '../../api/accomplishments';
import type { Accomplishment, AccomplishmentInput } from '../../api/credit-types';
import { useCurrentUser } from '../../current-user';
import { useFieldErrors } from '../../validation';
import { dateIn } from '../../zoned-time';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { PersonPicker, type PickedPerson } from '../person-picker';
import { TextAreaField } from '../text-area-field';

type FieldName = 'title' | 'date' | 'links';

interface Draft {
  title: string;
  project: string;
  date: string;
  impact: string;
  detail: string;
  links: string;
  tags: string;
  helpedBy: PickedPerson[];
  tell: PickedPerson[];
}

function draftOf(entry: Accomplishment | undefined, today: string): Draft {
  return {
    title: entry?.title ?? '',
    project: entry?.project ?? '',
    date: entry?.date ?? today,
    impact: entry?.impact ?? '',
    detail: entry?.detail ?? '',
    links: entry?.links.join('\n') ?? '',
    tags: entry?.tags.join(', ') ?? '',
    helpedBy: entry?.helpedBy ?? [],
    tell: entry?.tell ?? [],
  };
}

const linesOf = (text: string) =>
  text
    .split(/\s*\n\s*|\s+/)
    .map((line) => line.trim())
    .filter(Boolean);

function isUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function check(draft: Draft): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!draft.title.trim()) errors.title = 'Say what you did.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'Enter a date.';
  const bad = linesOf(draft.links).find((link) => !isUrl(link));
  if (bad) errors.links = `“${bad}” isn’t a full link; start it with https://.`;
  return errors;
}

/** Empty text is left out when adding and cleared (null) when editing. */
function toInput(draft: Draft, editing: boolean): AccomplishmentInput {
  const text = (value: string) => value.trim() || (editing ? null : undefined);
  return {
    title: draft.title.trim(),
    date: draft.date,
    project: text(draft.project),
    impact: text(draft.impact),
    detail: text(draft.detail),
    links: linesOf(draft.links),
    tags: [
      ...new Set(
        draft.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
    helpedBy: draft.helpedBy.map((person) => person.id),
    tell: draft.tell.map((person) => person.id),
  };
}

/**
 * Logging a win (title is all it needs) or editing one. People, links, tags and details sit
 * behind "More" when adding, so the quick case stays quick. Ctrl+Enter saves from anywhere.
 */
export function AccomplishmentForm({
  accomplishment,
  projects,
  onDone,
}: {
  accomplishment?: Accomplishment;
  projects: string[];
  onDone: (saved: Accomplishment) => void;
}) {
  const user = useCurrentUser();
  const today = dateIn(user.timeZone);
  const save = useSaveAccomplishment();
  const editing = Boolean(accomplishment);
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(accomplishment, today));
  const [more, setMore] = useState(editing);
  const { formRef, errors, show, dismiss } = useFieldErrors<FieldName>();

  function change(patch: Partial<Draft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    for (const key of Object.keys(patch)) dismiss(key as FieldName);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found = check(draft);
    if (found.links) setMore(true);
    if (!show(found)) return;
    save.mutate(
      { id: accomplishment?.id, input: toInput(draft, editing) },
      {
        onSuccess: (saved) => {
          if (!editing) {
            setDraft(draftOf(undefined, dateIn(user.timeZone)));
            formRef.current?.querySelector<HTMLElement>('input[name="title"]')?.focus();
          }
          onDone(saved);
        },
      },
    );
  }

  function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      className="stack accomplishment-form"
      aria-label={editing ? 'Edit accomplishment' : 'Log a win'}
    >
      <div className="win-grid">
        <Field
          label="What did you get done?"
          name="title"
          autoComplete="off"
          required
          maxLength={300}
          className="win-title"
          data-autofocus={editing ? true : undefined}
          value={draft.title}
          onChange={(event) => change({ title: event.target.value })}
          error={errors.title}
        />
        <Field
          label="Project"
          name="project"
          autoComplete="off"
          maxLength={100}
          list={`${id}-projects`}
          value={draft.project}
          onChange={(event) => change({ project: event.target.value })}
          after={
            <datalist id={`${id}-projects`}>
              {projects.map((project) => (
                <option key={project} value={project} />
              ))}
            </datalist>
          }
        />
        <Field
          label="Date"
          name="date"
          type="date"
          required
          max={today}
          value={draft.date}
          onChange={(event) => change({ date: event.target.value })}
          error={errors.date}
        />
      </div>
      <Field
        label="Impact"
        hint="What changed because of it: numbers, people helped, time saved."
        name="impact"
        autoComplete="off"
        maxLength={1000}
        value={draft.impact}
        onChange={(event) => change({ impact: event.target.value })}
      />
      {more ? (
        <fieldset className="form-section">
          <legend>People, links and tags</legend>
          <div className="form-grid">
            <PersonPicker
              label="Helped by"
              hint="Who helped; your update thanks them."
              value={draft.helpedBy}
              onChange={(helpedBy) => change({ helpedBy })}
            />
            <PersonPicker
              label="Tell"
              hint="Who should hear about it."
              value={draft.tell}
              onChange={(tell) => change({ tell })}
            />
          </div>
          <div className="form-grid">
            <TextAreaField
              label="Links"
              hint="One per line: the pull request, the doc, the dashboard."
              name="links"
              rows={2}
              spellCheck={false}
              value={draft.links}
              onChange={(event) => change({ links: event.target.value })}
              error={errors.links}
            />
            <Field
              label="Tags"
              hint="Separate with commas, e.g. mentoring, hiring."
              name="tags"
              autoComplete="off"
              value={draft.tags}
              onChange={(event) => change({ tags: event.target.value })}
            />
          </div>
          <TextAreaField
            label="Details"
            name="detail"
            rows={2}
            maxLength={5000}
            value={draft.detail}
            onChange={(event) => change({ detail: event.target.value })}
          />
        </fieldset>
      ) : null}
      <FormError error={save.error} />
      <div className={editing ? 'actions dialog-actions' : 'actions'}>
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : editing ? 'Save changes' : 'Log win'}
        </button>
        {!more && (
          <button
            type="button"
            aria-expanded={false}
            onClick={(event) => {
              const form = event.currentTarget.form;
              setMore(true);
              // The button goes away; continue in the first of the new fields.
              window.requestAnimationFrame(() =>
                form?.querySelector<HTMLElement>('.form-section [role="combobox"]')?.focus(),
              );
            }}
          >
            Add people, links, tags
          </button>
        )}
      </div>
    </form>
  );
}
