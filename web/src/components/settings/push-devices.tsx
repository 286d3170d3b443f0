import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { usePreferences } from '../../api/preferences';
import {
  type PushPreferences,
  pushUnsupported,
  usePushDevices,
  useRemovePushDevice,
  useSavePushPreferences,
  useSubscribeThisBrowser,
  useTestPush,
} from '../../api/push';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { SectionCard } from '../section-card';

const KIND_LABELS: Record<keyof PushPreferences['kinds'], string> = {
  reachOut: 'A good moment to reach out (you and they are both at work)',
  date: 'Birthdays and dates, on their calendar',
  reply: 'Replies you owe',
  promise: 'Promises due',
};

/** Errors of the browser's own steps (permission, service worker) carry their own words. */
const messageOf = (error: unknown) =>
  error instanceof ApiError || !(error instanceof Error) ? errorMessage(error) : error.message;

/** "This phone": receive nudges as pushes, list the devices, test and remove them. */
export function PushDevicesSection() {
  return (
    <SectionCard
      id="push"
      title="This phone"
      intro="Nudges as notifications, only inside your working hours, and a reach-out only while the other person is at work too."
    >
      <ThisBrowser />
      <DeviceList />
      <PushPreferencesForm />
    </SectionCard>
  );
}

function ThisBrowser() {
  const subscribe = useSubscribeThisBrowser();
  const [name, setName] = useState(() =>
    /Android|iPhone|iPad/.test(navigator.userAgent) ? 'My phone' : 'This computer',
  );
  const [error, setError] = useState<string | undefined>();
  const unsupported = pushUnsupported();
  if (unsupported) return <p className="hint">{unsupported}</p>;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (subscribe.isPending) return;
    if (!name.trim()) {
      setError('Give this device a name.');
      return;
    }
    setError(undefined);
    subscribe.mutate(name.trim());
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <Field
        label="Device name"
        name="pushDeviceName"
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error}
      />
      <button type="submit" className="primary" aria-disabled={subscribe.isPending}>
        {subscribe.isPending ? 'Turning on…' : 'Get pushes on this device'}
      </button>
      {subscribe.error && (
        <p className="form-error" role="alert">
          {messageOf(subscribe.error)}
        </p>
      )}
      <FormStatus message={subscribe.isSuccess && `Pushes on for ${subscribe.data.deviceName}.`} />
    </form>
  );
}

function DeviceList() {
  const { timeZone } = useCurrentUser();
  const devices = usePushDevices();
  const test = useTestPush();
  const remove = useRemovePushDevice();
  const [status, setStatus] = useState<string | null>(null);
  if (devices.isPending) return <p role="status">Loading devices…</p>;
  if (devices.isError) return <FormError error={devices.error} />;
  if (devices.data.length === 0) return <p className="empty">No devices get pushes yet.</p>;
  return (
    <>
      <table className="list-table">
        <caption className="visually-hidden">Devices that get pushes</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Last push sent</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {devices.data.map((device) => (
            <tr key={device.id}>
              <th scope="row">{device.deviceName}</th>
              <td data-label="Last push sent">
                {device.lastPushAt ? (
                  <time dateTime={device.lastPushAt}>
                    {formatDateTime(device.lastPushAt, timeZone)}
                  </time>
                ) : (
                  'Never'
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  aria-label={`Send a test push to ${device.deviceName}`}
                  aria-disabled={test.isPending}
                  onClick={() =>
                    !test.isPending &&
                    test.mutate(device.id, {
                      onSuccess: ({ result }) =>
                        setStatus(
                          result === 'sent'
                            ? `Test sent to ${device.deviceName}.`
                            : `${device.deviceName} no longer takes pushes; it was removed.`,
                        ),
                    })
                  }
                >
                  Send a test
                </button>
                <ConfirmButton
                  label="Remove"
                  ariaLabel={`Remove ${device.deviceName}`}
                  question={`Stop pushes to “${device.deviceName}”?`}
                  confirmLabel="Remove"
                  onConfirm={() => remove.mutate(device.id)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError error={test.error ?? remove.error} />
      <FormStatus message={status} />
    </>
  );
}

function PushPreferencesForm() {
  const preferences = usePreferences();
  const saved = (preferences.data as { push?: PushPreferences } | undefined)?.push;
  if (!saved) return <FormError error={preferences.error} />;
  return <PreferencesForm saved={saved} />;
}

function PreferencesForm({ saved }: { saved: PushPreferences }) {
  const save = useSavePushPreferences();
  const [draft, setDraft] = useState(saved);
  const [perDay, setPerDay] = useState(String(saved.perDay));
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const count = Number(perDay);
    if (!/^\d+$/.test(perDay.trim()) || count > 20) {
      setError('Enter a number from 0 to 20.');
      return;
    }
    setError(undefined);
    save.mutate({ ...draft, perDay: count }, { onSuccess: () => setMessage('Saved.') });
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <Field
        label="Pushes a day at most"
        hint="0 turns push nudges off; tests still arrive."
        name="pushesPerDay"
        inputMode="numeric"
        className="number-field"
        value={perDay}
        onChange={(event) => {
          setPerDay(event.target.value);
          setMessage(null);
        }}
        error={error}
      />
      <fieldset>
        <legend>Push me about</legend>
        {(Object.keys(KIND_LABELS) as (keyof PushPreferences['kinds'])[]).map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              name={`push-${kind}`}
              checked={draft.kinds[kind]}
              onChange={(event) => {
                setDraft({ ...draft, kinds: { ...draft.kinds, [kind]: event.target.checked } });
                setMessage(null);
              }}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <FormError error={save.error} />
      <FormStatus message={message} />
      <div className="actions">
        <button type="submit" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save push settings'}
        </button>
      </div>
    </form>
  );
}
