import { type FormEvent, useState } from 'react';
import type { Slot, SlotQuery } from '../../api/place-types';
import { useSlots } from '../../api/schedule';
import { useCurrentUser } from '../../current-user';
import { formatDay } from '../../time';
import { zoneCity } from '../../time-zones';
import { instantToZonedLocal } from '../../zoned-time';
import { ChoiceGroup } from '../choice-group';
import { FormError } from '../form-messages';
import { PersonPicker, type PickedPerson } from '../person-picker';
import { SelectField } from '../select-field';

const LENGTHS = ['15', '30', '45', '60'] as const;
type Length = (typeof LENGTHS)[number];
const LENGTH_LABELS: Record<Length, string> = {
  '15': '15 min',
  '30': '30 min',
  '45': '45 min',
  '60': '1 hour',
};
const DAY_OPTIONS = [
  { value: '3', label: 'The next 3 days' },
  { value: '5', label: 'The next 5 days' },
  { value: '7', label: 'The next week' },
  { value: '14', label: 'The next two weeks' },
];

/** Meeting times when the user and everyone picked are within working hours, best first. */
export function SlotFinder() {
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [length, setLength] = useState<Length>('30');
  const [days, setDays] = useState('5');
  const [inPerson, setInPerson] = useState(false);
  const [query, setQuery] = useState<SlotQuery | null>(null);
  const [peopleError, setPeopleError] = useState<string | undefined>();
  const [searched, setSearched] = useState<PickedPerson[]>([]);
  const slots = useSlots(query);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (people.length === 0) {
      setPeopleError('Pick at least one person to meet.');
      event.currentTarget.querySelector<HTMLElement>('[role="combobox"]')?.focus();
      return;
    }
    setPeopleError(undefined);
    setSearched(people);
    setQuery({
      people: people.map((person) => person.id),
      length: Number(length),
      days: Number(days),
      inPerson,
    });
  }

  return (
    <section className="card" aria-labelledby="slots-title">
      <h2 id="slots-title">Find a meeting time</h2>
      <form onSubmit={submit} noValidate className="stack">
        <PersonPicker
          label="Who"
          hint="Type a name, pick with Enter. You are always included."
          value={people}
          onChange={(next) => {
            setPeople(next);
            if (next.length) setPeopleError(undefined);
          }}
          error={peopleError}
        />
        <ChoiceGroup
          legend="How long"
          name="slotLength"
          value={length}
          options={LENGTHS}
          labels={LENGTH_LABELS}
          onChange={setLength}
        />
        <div className="form-grid">
          <SelectField
            label="Within"
            name="slotDays"
            value={days}
            options={DAY_OPTIONS}
            onChange={(event) => setDays(event.target.value)}
          />
          <label className="check key-field">
            <input
              type="checkbox"
              name="slotInPerson"
              checked={inPerson}
              onChange={(event) => setInPerson(event.target.checked)}
            />
            In person: prefer office days
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={slots.isFetching}>
            {slots.isFetching ? 'Finding…' : 'Find times'}
          </button>
        </div>
      </form>
      <FormError error={slots.error} />
      {query && slots.data && <SlotList slots={slots.data.slots} people={searched} />}
    </section>
  );
}

function SlotList({ slots, people }: { slots: Slot[]; people: PickedPerson[] }) {
  const { timeZone } = useCurrentUser();
  if (slots.length === 0) {
    return (
      <p className="empty" role="status">
        No time when everyone is at work. Try more days or a shorter meeting.
      </p>
    );
  }
  const names = new Map(people.map((person) => [person.id, person.name]));
  return (
    <>
      <p className="hint slots-intro" role="status">
        {slots.length} {slots.length === 1 ? 'time' : 'times'}, best first, in your time zone (
        {timeZone}).
      </p>
      <ol className="slot-list" aria-label="Meeting times, best first">
        {slots.map((slot) => {
          const [you, ...others] = slot.local;
          const start = instantToZonedLocal(slot.start, timeZone);
          const end = instantToZonedLocal(slot.end, timeZone).slice(11, 16);
          return (
            <li key={slot.start} className="slot">
              <p className="slot-time">
                <strong>
                  {formatDay(start.slice(0, 10))}, {start.slice(11, 16)}–{end}
                </strong>
                {slot.officeDay && <span className="badge badge-office">Your office day</span>}
              </p>
              <ul className="slot-locals">
                {others.map((local) => (
                  <li key={local.id}>
                    {names.get(local.id) ?? 'Them'}: <strong>{local.time}</strong>
                    {local.date !== you?.date && ` ${formatDay(local.date)}`}{' '}
                    <span className="hint">in {zoneCity(local.zone)}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
