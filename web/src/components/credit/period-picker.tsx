import type { PeriodQuery } from '../../api/credit-types';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';

export const PERIOD_CHOICES = [
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'custom',
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

const LABELS: Record<PeriodChoice, string> = {
  'this-week': 'This week',
  'last-week': 'Last week',
  'this-month': 'This month',
  'last-month': 'Last month',
  custom: 'Custom',
};

export interface PeriodState {
  choice: PeriodChoice;
  from: string;
  to: string;
}

/** The query for a choice; null while a custom range is incomplete or backwards. */
export function periodQuery({ choice, from, to }: PeriodState): PeriodQuery | null {
  switch (choice) {
    case 'this-week':
      return { period: 'week', which: 'current' };
    case 'last-week':
      return { period: 'week', which: 'previous' };
    case 'this-month':
      return { period: 'month', which: 'current' };
    case 'last-month':
      return { period: 'month', which: 'previous' };
    case 'custom':
      return from && to && from <= to ? { from, to } : null;
  }
}

/** This week, last week, this month, last month (in the user's zone, on the server) or dates. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodState;
  onChange: (value: PeriodState) => void;
}) {
  const backwards = value.choice === 'custom' && value.from && value.to && value.from > value.to;
  return (
    <div className="period-picker">
      <ChoiceGroup
        legend="Period"
        name="period"
        value={value.choice}
        options={PERIOD_CHOICES}
        labels={LABELS}
        onChange={(choice) => onChange({ ...value, choice })}
      />
      {value.choice === 'custom' && (
        <div className="range-fields">
          <Field
            label="From"
            name="from"
            type="date"
            required
            value={value.from}
            max={value.to || undefined}
            onChange={(event) => onChange({ ...value, from: event.target.value })}
            error={backwards ? 'The start must not be after the end.' : undefined}
          />
          <Field
            label="To"
            name="to"
            type="date"
            required
            value={value.to}
            min={value.from || undefined}
            onChange={(event) => onChange({ ...value, to: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
