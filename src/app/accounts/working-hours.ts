import { z } from 'zod';

import { WEEKDAYS, type Weekday } from '../../domain/availability/types';

export { WEEKDAYS, type Weekday };

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM, 24-hour (e.g. 09:00)');

const interval = z
  .object({ start: clockTime, end: clockTime })
  .refine((span) => span.start < span.end, {
    message: 'A working period must end after it starts',
  });

const day = z
  .array(interval)
  .max(4)
  .refine(
    (spans) =>
      [...spans]
        .sort((a, b) => a.start.localeCompare(b.start))
        .every((span, i, sorted) => i === 0 || sorted[i - 1]!.end <= span.start),
    { message: 'Working periods on one day must not overlap' },
  );

/** Local working periods per weekday; an empty day is a day off. */
export const workingHoursSchema = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<Weekday, typeof day>,
);

export type WorkingHours = z.infer<typeof workingHoursSchema>;

export function defaultWorkingHours(): WorkingHours {
  const office = () => [{ start: '09:00', end: '17:00' }];
  return {
    mon: office(),
    tue: office(),
    wed: office(),
    thu: office(),
    fri: office(),
    sat: [],
    sun: [],
  };
}
