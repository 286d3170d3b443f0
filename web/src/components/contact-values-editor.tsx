// A person's e-mails, phones and addresses in the person form: one row per value with its label
// and a "preferred" choice, rows added and removed. Empty rows are dropped when saving.
import { useId } from 'react';
import type { ContactValue, PostalAddress } from '../api/people-types';

export const VALUE_LABELS = ['work', 'home', 'mobile', 'other'] as const;

/** The label choices, keeping an address book's own label ("Desk") when a value has one. */
function labelOptions(current: string | null) {
  const known: string[] = [...VALUE_LABELS];
  return current && !known.includes(current) ? [...known, current] : known;
}

export const emptyValue = (preferred: boolean): ContactValue => ({
  value: '',
  label: null,
  preferred,
});

export const emptyAddress = (preferred: boolean): PostalAddress => ({
  street: null,
  city: null,
  region: null,
  postcode: null,
  country: null,
  label: null,
  preferred,
});

/** A list with the preferred row moved to `index` (exactly one preferred). */
function preferring<T extends { preferred: boolean }>(list: T[], index: number): T[] {
  return list.map((item, i) => ({ ...item, preferred: i === index }));
}

/** Removing the preferred row makes the first remaining row preferred. */
function without<T extends { preferred: boolean }>(list: T[], index: number): T[] {
  const rest = list.filter((_, i) => i !== index);
  return rest.some((item) => item.preferred) ? rest : preferring(rest, 0);
}

function LabelSelect({
  value,
  onChange,
  name,
}: {
  value: string | null;
  onChange: (label: string | null) => void;
  name: string;
}) {
  return (
    <select
      aria-label={name}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">No label</option>
      {labelOptions(value).map((label) => (
        <option key={label} value={label}>
          {label}
        </option>
      ))}
    </select>
  );
}

export function ValuesEditor({
  kind,
  values,
  onChange,
  error,
}: {
  kind: 'email' | 'phone';
  values: ContactValue[];
  onChange: (values: ContactValue[]) => void;
  error?: string | undefined;
}) {
  const group = useId();
  const noun = kind === 'email' ? 'E-mail' : 'Phone';
  const update = (index: number, patch: Partial<ContactValue>) =>
    onChange(values.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <fieldset className="values-editor">
      <legend>{kind === 'email' ? 'E-mails' : 'Phones'}</legend>
      {values.map((item, index) => (
        // Rows have no identity of their own until saved; their place is their key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="value-row" key={index}>
          <input
            aria-label={`${noun} ${index + 1}`}
            name={`${kind}-${index}`}
            type={kind === 'email' ? 'email' : 'tel'}
            autoComplete="off"
            value={item.value}
            aria-invalid={error && index === 0 ? true : undefined}
            onChange={(event) => update(index, { value: event.target.value })}
          />
          <LabelSelect
            name={`${noun} ${index + 1} label`}
            value={item.label}
            onChange={(label) => update(index, { label })}
          />
          <label className="check">
            <input
              type="radio"
              name={`${group}-preferred`}
              checked={item.preferred}
              onChange={() => onChange(preferring(values, index))}
            />
            Preferred
          </label>
          <button
            type="button"
            aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
            onClick={() => onChange(without(values, index))}
          >
            Remove
          </button>
        </div>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={() => onChange([...values, emptyValue(values.length === 0)])}>
        Add {kind === 'email' ? 'an e-mail' : 'a phone'}
      </button>
    </fieldset>
  );
}

const ADDRESS_PARTS = [
  ['street', 'Street'],
  ['postcode', 'Postcode'],
  ['city', 'City'],
  ['region', 'Region'],
  ['country', 'Country'],
] as const;

export function AddressesEditor({
  addresses,
  onChange,
}: {
  addresses: PostalAddress[];
  onChange: (addresses: PostalAddress[]) => void;
}) {
  const group = useId();
  const update = (index: number, patch: Partial<PostalAddress>) =>
    onChange(addresses.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <fieldset className="values-editor">
      <legend>Addresses</legend>
      {addresses.map((address, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
        <div className="value-row address-row" key={index}>
          {ADDRESS_PARTS.map(([part, label]) => (
            <input
              key={part}
              aria-label={`${label} (address ${index + 1})`}
              placeholder={label}
              autoComplete="off"
              value={address[part] ?? ''}
              onChange={(event) => update(index, { [part]: event.target.value || null })}
            />
          ))}
          <LabelSelect
            name={`Address ${index + 1} label`}
            value={address.label}
            onChange={(label) => update(index, { label })}
          />
          <label className="check">
            <input
              type="radio"
              name={`${group}-preferred`}
              checked={address.preferred}
              onChange={() => onChange(preferring(addresses, index))}
            />
            Preferred
          </label>
          <button
            type="button"
            aria-label={`Remove address ${index + 1}`}
            onClick={() => onChange(without(addresses, index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...addresses, emptyAddress(addresses.length === 0)])}
      >
        Add an address
      </button>
    </fieldset>
  );
}

/** The rows worth saving: blank ones dropped, one preferred among the rest. */
export function filledValues(values: ContactValue[]): ContactValue[] {
  const kept = values.map((v) => ({ ...v, value: v.value.trim() })).filter((v) => v.value !== '');
  return kept.some((v) => v.preferred) ? kept : preferring(kept, 0);
}

export function filledAddresses(addresses: PostalAddress[]): PostalAddress[] {
  const kept = addresses.filter((a) => ADDRESS_PARTS.some(([part]) => a[part]?.trim()));
  return kept.some((a) => a.preferred) ? kept : preferring(kept, 0);
}
