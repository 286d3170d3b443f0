import { type FormEvent, useState } from 'react';
import { usePeople } from '../../api/people';
import { useAddTrip } from '../../api/trips';
import { zoneForCity } from '../../time-zones';
import { checkTimeZone, collectErrors, serverFieldErrors, useFieldErrors } from '../../validation';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { SelectField } from '../select-field';
import { TimeZoneField } from '../time-zone-field';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A trip of the user's own, or of one of their people. */
export function TripForm() {
  const notice = useNotice();
  const people = usePeople();
  const add = useAddTrip();
  const [whose, setWhose] = useState('');
  const [city, setCity] = useState('');
  const [zone, setZone] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { formRef, errors, show, dismiss } = useFieldErrors<'city' | 'zone' | 'from' | 'to'>();
  const server = serverFieldErrors(add.error);

  const options = [
    { value: '', label: 'Mine' },
    ...[...(people.data ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: person.id, label: person.name })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const valid = show(
      collectErrors({
        city: city.trim() ? undefined : 'Which city?',
        zone: checkTimeZone(zone),
        from: DATE.test(from) ? undefined : 'Enter the first day.',
        to: !DATE.test(to)
          ? 'Enter the last day.'
          : from && to < from
            ? 'The trip must end on or after the day it starts.'
            : undefined,
      }),
    );
    if (!valid) return;
    add.mutate(
      { city: city.trim(), zone: zone.trim(), from, to, personId: whose || null },
      {
        onSuccess: (trip) => {
          setCity('');
          setZone('');
          setFrom('');
          setTo('');
          notice(`Trip to ${trip.city} added.`);
        },
      },
    );
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack">
      <div className="form-grid">
        <SelectField
          label="Whose trip"
          name="tripWhose"
          value={whose}
          options={options}
          onChange={(event) => setWhose(event.target.value)}
        />
        <Field
          label="City"
          name="tripCity"
          autoComplete="off"
          maxLength={100}
          value={city}
          onChange={(event) => {
            setCity(event.target.value);
            dismiss('city');
          }}
          // Lisbon → Europe/Lisbon, when the zone is still empty.
          onBlur={() => {
            const guess = zoneForCity(city);
            if (!zone.trim() && guess) setZone(guess);
          }}
          error={errors.city ?? server.city}
        />
        <TimeZoneField
          value={zone}
          onChange={(next) => {
            setZone(next);
            dismiss('zone');
          }}
          error={errors.zone ?? server.zone}
        />
      </div>
      <div className="range-fields">
        <Field
          label="From"
          name="tripFrom"
          type="date"
          value={from}
          onChange={(event) => {
            setFrom(event.target.value);
            dismiss('from');
          }}
          error={errors.from ?? server.from}
        />
        <Field
          label="To"
          name="tripTo"
          type="date"
          min={from || undefined}
          value={to}
          onChange={(event) => {
            setTo(event.target.value);
            dismiss('to');
          }}
          error={errors.to ?? server.to}
        />
      </div>
      <FormError error={add.error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add trip'}
        </button>
      </div>
    </form>
  );
}
