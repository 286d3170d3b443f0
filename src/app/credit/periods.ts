import { z } from 'zod';
import { periodFor, periodFromRange } from '../../domain/credit/period';
import type { Period } from '../../domain/credit/types';
import { isoDateField } from '../people/person-input';

/** A week or month (this one or the last), or explicit dates. */
export const periodInput = z
  .object({
    period: z.enum(['week', 'month']).default('week'),
    which: z.enum(['current', 'previous']).default('current'),
    from: isoDateField.optional(),
    to: isoDateField.optional(),
  })
  .refine((p) => Boolean(p.from) === Boolean(p.to), {
    message: 'Give both from and to, or neither',
  });

export function resolvePeriod(
  input: z.output<typeof periodInput>,
  now: Date,
  zone: string,
): Period {
  if (input.from && input.to) return periodFromRange(input.from, input.to);
  return periodFor(input.period, now.toISOString(), zone, input.which);
}
