import { type FormEvent, useState } from 'react';
import type { SourceInput, SourceMode } from '../../api/capture-types';
import { useAddSource, useTestSource } from '../../api/sources';
import { useFieldErrors } from '../../validation';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { useNotice } from '../notice';

type AddKind = 'ics' | 'caldav' | 'imap';
const ADD_KINDS = ['ics', 'caldav', 'imap'] as const;
const ADD_LABELS: Record<AddKind, string> = {
  ics: 'Calendar address (.ics)',
  caldav: 'CalDAV calendar',
  imap: 'Mailbox (IMAP)',
};

/** The add forms, one kind at a time; each tests the connection before anything is saved. */
export function AddSource() {
  const [kind, setKind] = useState<AddKind>('ics');
  return (
    <div className="source-add">
      <h3>Add a source</h3>
      <ChoiceGroup
        legend="What to read"
        name="sourceKind"
        value={kind}
        options={ADD_KINDS}
        labels={ADD_LABELS}
        onChange={setKind}
      />
      {kind === 'ics' && <IcsForm />}
      {kind === 'caldav' && <CaldavForm />}
      {kind === 'imap' && <ImapForm />}
    </div>
  );
}

function ModeChoice({ value, onChange }: { value: SourceMode; onChange: (m: SourceMode) => void }) {
  return (
    <ChoiceGroup
      legend="When Rapport notices a conversation"
      name="sourceMode"
      value={value}
      options={['review', 'auto'] as const}
      labels={{ review: 'Ask me on Today first', auto: 'Log it directly' }}
      onChange={onChange}
    />
  );
}

/** The optional name of a source and whether what it notices waits for a yes. */
function NameAndMode(props: {
  id: string;
  name: string;
  onName: (name: string) => void;
  mode: SourceMode;
  onMode: (mode: SourceMode) => void;
}) {
  return (
    <>
      <Field
        label="Name (optional)"
        name={props.id}
        value={props.name}
        onChange={(e) => props.onName(e.target.value)}
      />
      <ModeChoice value={props.mode} onChange={props.onMode} />
    </>
  );
}

/** The add button, with why the last attempt failed. */
function SubmitAdd(props: { pending: boolean; error: unknown; label: string }) {
  return (
    <>
      <FormError error={props.error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={props.pending}>
          {props.pending ? 'Checking and adding…' : props.label}
        </button>
      </div>
    </>
  );
}

const isWebAddress = (url: string) => /^(https?|webcals?):\/\/\S+$/i.test(url.trim());

/** The add and test calls of one form, and the notice after a source is added. */
function useAddAndTest(onAdded: () => void) {
  const add = useAddSource();
  const test = useTestSource();
  const notice = useNotice();
  const submit = (input: SourceInput) =>
    add.mutate(input, {
      onSuccess: (source) => {
        notice(`Added ${source.name}. It syncs every ${source.intervalMinutes} minutes.`);
        onAdded();
      },
    });
  return { add, test, submit };
}

function IcsForm() {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [mode, setMode] = useState<SourceMode>('review');
  const { formRef, errors, show } = useFieldErrors<'url'>();
  const { add, submit } = useAddAndTest(() => {
    setUrl('');
    setName('');
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    if (
      !show(
        isWebAddress(url) ? {} : { url: 'Enter the calendar’s address, starting with https://.' },
      )
    )
      return;
    submit({ kind: 'ics', url: url.trim(), mode, ...(name.trim() ? { name: name.trim() } : {}) });
  }
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="stack"
      aria-label="Add a calendar address"
    >
      <Field
        label="Calendar address"
        hint="The secret iCal address (Google: Settings, your calendar, “Secret address in iCal format”) or any .ics link."
        name="icsUrl"
        type="url"
        autoComplete="off"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={errors.url}
      />
      <NameAndMode id="icsName" name={name} onName={setName} mode={mode} onMode={setMode} />
      <SubmitAdd pending={add.isPending} error={add.error} label="Add calendar" />
    </form>
  );
}

function CaldavForm() {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [mode, setMode] = useState<SourceMode>('review');
  const [found, setFound] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const { formRef, errors, show } = useFieldErrors<'url' | 'user' | 'password'>();
  const { add, test, submit } = useAddAndTest(() => {
    setPassword('');
    setFound(null);
  });
  const input = (): SourceInput | null => {
    const problems = {
      url: isWebAddress(url) ? undefined : 'Enter the server’s address, starting with https://.',
      user: user.trim() ? undefined : 'Enter the user name.',
      password: password ? undefined : 'Enter the password (or an app password).',
    };
    if (!show(Object.fromEntries(Object.entries(problems).filter(([, v]) => v)))) return null;
    return {
      kind: 'caldav',
      url: url.trim(),
      user: user.trim(),
      password,
      mode,
      ...(name.trim() ? { name: name.trim() } : {}),
    };
  };
  function testConnection() {
    const body = input();
    if (!body || test.isPending) return;
    test.mutate(body, {
      onSuccess: ({ calendars }) => {
        setFound(calendars ?? []);
        setChosen(calendars ?? []);
      },
    });
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = input();
    if (!body || add.isPending) return;
    submit(found && chosen.length > 0 ? { ...body, calendars: chosen } : body);
  }
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="stack"
      aria-label="Add a CalDAV calendar"
    >
      <Field
        label="Server address"
        hint="For example https://caldav.fastmail.com or your Nextcloud’s address."
        name="caldavUrl"
        type="url"
        autoComplete="off"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.url}
      />
      <Field
        label="User name"
        name="caldavUser"
        autoComplete="off"
        value={user}
        onChange={(e) => setUser(e.target.value)}
        error={errors.user}
      />
      <Field
        label="Password"
        hint="An app password if your provider offers one. It is stored encrypted and never shown again."
        name="caldavPassword"
        type="password"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <div className="actions">
        <button type="button" aria-disabled={test.isPending} onClick={testConnection}>
          {test.isPending ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <FormError error={test.error} />
      <FormStatus
        message={
          found &&
          (found.length === 0
            ? 'Connected, but no calendars were found.'
            : `Connected. ${found.length} calendars found.`)
        }
      />
      {found && found.length > 0 && (
        <fieldset className="choices">
          <legend>Calendars to read</legend>
          {found.map((calendar) => (
            <label key={calendar} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(calendar)}
                onChange={(e) =>
                  setChosen(
                    e.target.checked ? [...chosen, calendar] : chosen.filter((c) => c !== calendar),
                  )
                }
              />
              {calendar}
            </label>
          ))}
        </fieldset>
      )}
      <NameAndMode id="caldavName" name={name} onName={setName} mode={mode} onMode={setMode} />
      <SubmitAdd pending={add.isPending} error={add.error} label="Add calendar" />
    </form>
  );
}

function ImapForm() {
  const [host, setHost] = useState('');
  const [port, setPort] = useState('993');
  const [tls, setTls] = useState(true);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [keepSubjects, setKeepSubjects] = useState(false);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<SourceMode>('review');
  const { formRef, errors, show } = useFieldErrors<'host' | 'port' | 'user' | 'password'>();
  const { add, test, submit } = useAddAndTest(() => setPassword(''));
  const [tested, setTested] = useState<string | null>(null);
  const input = (): SourceInput | null => {
    const portNumber = Number(port);
    const problems = {
      host: host.trim() ? undefined : 'Enter the IMAP server, e.g. imap.example.com.',
      port:
        Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535
          ? undefined
          : 'Enter a port from 1 to 65535 (usually 993).',
      user: user.trim() ? undefined : 'Enter the user name (often your e-mail address).',
      password: password ? undefined : 'Enter the password (or an app password).',
    };
    if (!show(Object.fromEntries(Object.entries(problems).filter(([, v]) => v)))) return null;
    return {
      kind: 'imap',
      host: host.trim(),
      port: portNumber,
      tls,
      user: user.trim(),
      password,
      keepSubjects,
      mode,
      ...(name.trim() ? { name: name.trim() } : {}),
    };
  };
  function testConnection() {
    const body = input();
    if (!body || test.isPending) return;
    setTested(null);
    test.mutate(body, {
      onSuccess: ({ folders }) =>
        setTested(`Connected.${folders ? ` Folders: ${folders.join(', ')}.` : ''}`),
    });
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = input();
    if (!body || add.isPending) return;
    submit(body);
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack" aria-label="Add a mailbox">
      <p className="hint">
        Rapport reads the headers of your inbox and Sent folder — who wrote to whom, and when — to
        log e-mail conversations and find mail waiting for your reply. It never downloads message
        text.
      </p>
      <div className="form-grid">
        <Field
          label="IMAP server"
          name="imapHost"
          autoComplete="off"
          value={host}
          onChange={(e) => setHost(e.target.value)}
          error={errors.host}
        />
        <Field
          label="Port"
          name="imapPort"
          inputMode="numeric"
          value={port}
          onChange={(e) => setPort(e.target.value)}
          error={errors.port}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          name="imapTls"
          checked={tls}
          onChange={(e) => setTls(e.target.checked)}
        />
        Use TLS (encrypted connection)
      </label>
      <Field
        label="User name"
        name="imapUser"
        autoComplete="off"
        value={user}
        onChange={(e) => setUser(e.target.value)}
        error={errors.user}
      />
      <Field
        label="Password"
        hint="An app password if your provider offers one. It is stored encrypted and never shown again."
        name="imapPassword"
        type="password"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="imapKeepSubjects"
            checked={keepSubjects}
            aria-describedby="imap-subjects-hint"
            onChange={(e) => setKeepSubjects(e.target.checked)}
          />
          Keep subjects
        </label>
        <p id="imap-subjects-hint" className="hint">
          Off: Rapport stores only who, when, and which way a mail went. On: it also stores each
          subject line, to show it with what it noticed. Message text is never stored either way.
        </p>
      </div>
      <NameAndMode id="imapName" name={name} onName={setName} mode={mode} onMode={setMode} />
      <div className="actions">
        <button type="button" aria-disabled={test.isPending} onClick={testConnection}>
          {test.isPending ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <FormError error={test.error} />
      <FormStatus message={tested} />
      <SubmitAdd pending={add.isPending} error={add.error} label="Add mailbox" />
    </form>
  );
}
