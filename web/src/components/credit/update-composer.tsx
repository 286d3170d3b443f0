import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { StatusUpdate } from '../../api/credit-types';
import { useDeleteUpdate, useEditUpdate, useSendUpdate } from '../../api/updates';
import { useCurrentUser } from '../../current-user';
import { navigate } from '../../router';
import { useCopy } from '../../use-copy';
import { ConfirmButton } from '../confirm-button';
import { EmailListField } from '../email-list-field';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { ServerHtml } from '../server-html';
import { TextAreaField } from '../text-area-field';

/** How long typing must pause before the draft saves itself and the preview refreshes. */
const AUTOSAVE_MS = 900;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * The draft editor: subject, Markdown beside the server's rendering of the last save (saved a
 * moment after typing stops, or with Save / Ctrl+S), recipients, Send, Copy and Delete.
 */
export function UpdateComposer({ update }: { update: StatusUpdate }) {
  const notice = useNotice();
  const edit = useEditUpdate();
  const send = useSendUpdate();
  const remove = useDeleteUpdate();
  const { copy, message: copied } = useCopy();
  const [subject, setSubject] = useState(update.subject);
  const [markdown, setMarkdown] = useState(update.markdown);
  const user = useCurrentUser();
  const [recipients, setRecipients] = useState(update.recipients);
  const [subjectError, setSubjectError] = useState<string | undefined>();
  const [recipientsError, setRecipientsError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);

  const dirty =
    subject.trim() !== update.subject ||
    markdown !== update.markdown ||
    !sameList(recipients, update.recipients);

  /** Saves what is on screen; resolves with the update as the server now has it. */
  async function saveNow(): Promise<StatusUpdate> {
    if (!subject.trim()) {
      setSubjectError('Give the update a subject.');
      formRef.current?.querySelector<HTMLElement>('input[name="subject"]')?.focus();
      throw new Error('no subject');
    }
    setSubjectError(undefined);
    if (!dirty) return update;
    return edit.mutateAsync({
      id: update.id,
      change: { subject: subject.trim(), markdown, recipients },
    });
  }

  // Save a moment after typing stops, so the preview follows the text; a failed save is not
  // retried until the text changes again.
  const latestSave = useRef(saveNow);
  latestSave.current = saveNow;
  const snapshot = JSON.stringify([subject, markdown, recipients]);
  const failed = useRef<string | null>(null);
  useEffect(() => {
    if (!dirty || edit.isPending || !subject.trim() || failed.current === snapshot) return;
    const timer = window.setTimeout(() => {
      latestSave.current().catch(() => {
        failed.current = snapshot;
      });
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, edit.isPending, subject, snapshot]);

  // Leaving the page keeps what was typed: the browser asks first, and moving elsewhere in the
  // app saves it on the way out (the request outlives this component).
  const pending = useRef({ dirty, deleting: false });
  pending.current.dirty = dirty;
  useEffect(() => {
    function warn(event: BeforeUnloadEvent) {
      if (pending.current.dirty) event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (pending.current.dirty && !pending.current.deleting) latestSave.current().catch(() => {});
    };
  }, []);

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 's' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      saveNow().catch(() => {});
    }
  }

  async function sendNow() {
    try {
      await saveNow();
    } catch {
      return;
    }
    send.mutate(
      { id: update.id },
      {
        // The page turns into the sent record, and its new heading takes focus.
        onSuccess: (sent) => notice(`Sent to ${sent.recipients.join(', ')}.`),
      },
    );
  }

  function needRecipient() {
    setRecipientsError('Add at least one recipient first.');
    formRef.current?.querySelector<HTMLElement>('input[name="recipients"]')?.focus();
  }

  const state = edit.isPending
    ? 'Saving…'
    : dirty
      ? 'Unsaved changes'
      : edit.isError
        ? ''
        : 'All changes saved';

  return (
    <form
      ref={formRef}
      className="composer stack"
      aria-label="Update draft"
      noValidate
      onKeyDown={keyDown}
      onSubmit={(event) => {
        event.preventDefault();
        saveNow().catch(() => {});
      }}
    >
      <Field
        label="Subject"
        name="subject"
        autoComplete="off"
        required
        maxLength={300}
        value={subject}
        onChange={(event) => {
          setSubject(event.target.value);
          setSubjectError(undefined);
        }}
        error={subjectError}
      />
      <div className="composer-grid">
        <TextAreaField
          label="Markdown"
          hint="**bold**, *italic*, - lists, ## headings, [text](https://…)"
          name="markdown"
          className="markdown-field"
          rows={22}
          spellCheck
          value={markdown}
          onChange={(event) => setMarkdown(event.target.value)}
        />
        <section className="preview" aria-labelledby="preview-title">
          <h2 id="preview-title" className="preview-title">
            As your manager will see it
          </h2>
          <p className={`hint save-state${dirty ? ' save-state-dirty' : ''}`} role="status">
            {state}
            {dirty && !edit.isPending && ': the preview shows the last save.'}
          </p>
          <ServerHtml html={update.html} label="Preview of the e-mail" />
        </section>
      </div>
      <EmailListField
        label="Recipients"
        name="recipients"
        hint="Your managers’ addresses to start with; add or remove as you like."
        value={recipients}
        onChange={(next) => {
          setRecipients(next);
          setRecipientsError(undefined);
        }}
        error={recipientsError}
      />
      {update.error && !send.isError && (
        <p className="warnings" role="alert">
          The last attempt to send failed: {update.error}
        </p>
      )}
      <FormError error={edit.error} />
      <FormError error={send.error} />
      <FormError error={remove.error} />
      <div className="actions composer-actions">
        <button type="submit" aria-disabled={edit.isPending}>
          Save <kbd className="kbd-hint">{isMac ? '⌘' : 'Ctrl'}+S</kbd>
        </button>
        {recipients.length === 0 ? (
          <button type="button" className="primary" onClick={needRecipient}>
            Send…
          </button>
        ) : (
          <ConfirmButton
            label={send.isPending ? 'Sending…' : 'Send…'}
            primary
            question={`Send to ${recipients.join(', ')}? It comes from “${user.name} via Rapport”; replies go to ${user.email}.`}
            confirmLabel="Send now"
            disabled={send.isPending}
            onConfirm={sendNow}
          />
        )}
        <button
          type="button"
          onClick={() => copy('Plain text', async () => (await saveNow()).text)}
        >
          Copy text
        </button>
        <ConfirmButton
          label="Delete draft"
          question="Delete this draft?"
          confirmLabel="Delete"
          onConfirm={() => {
            pending.current.deleting = true;
            remove.mutate(update.id, {
              onSuccess: () => {
                notice('Draft deleted.');
                navigate('/updates');
              },
              onError: () => {
                pending.current.deleting = false;
              },
            });
          }}
        />
      </div>
      <p className={copied?.ok === false ? 'form-error' : 'form-status'} role="status">
        {copied?.text ?? ''}
      </p>
    </form>
  );
}
