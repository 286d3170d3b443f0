import { useId } from 'react';
import { timeZoneOptions } from '../time-zones';
import { Field } from './field';

/** A text input that suggests every known zone as you type (a native, searchable datalist). */
export function TimeZoneField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}) {
  const listId = useId();
  return (
    <Field
      label="Time zone"
      hint="Type to search, e.g. “Berlin” or “New_York”."
      name="timeZone"
      list={listId}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      after={
        <datalist id={listId}>
          {timeZoneOptions().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      }
    />
  );
}
