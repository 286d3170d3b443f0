// What a person may be created or edited with. Every field is checked here, once.
import { z } from 'zod';
import { IMPORTANT_DATE_TYPES, isValidYearlyDate, PERSON_KINDS } from '../../domain/index';
import { MAX_LABEL } from '../../domain/people/contact-values';
import { timeZoneField } from '../accounts/fields';
import { WEEKDAYS, workingHoursSchema } from '../accounts/working-hours';
import { linkField, singleLineText } from '../text-fields';

const shortText = (max: number) => z.string().trim().max(max);
// Optional outside the transform, so a missing field stays missing in the parsed type too.
const optionalText = (max: number) =>
  shortText(max)
    .nullable()
    .transform((value) => (value === '' ? null : value))
    .optional();

export const isoDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      message: 'That date does not exist',
    },
  );

export const yearlyDateInput = z
  .object({
    type: z.enum(IMPORTANT_DATE_TYPES),
    label: shortText(80).nullable().optional(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    year: z.number().int().min(1900).max(2200).nullable().optional(),
  })
  .refine((d) => isValidYearlyDate({ month: d.month, day: d.day, year: d.year ?? null }), {
    message: 'That date does not exist',
  });

/** "YYYY-MM-DD" or "MM-DD" (also "--MM-DD" as vCard writes it) as a yearly date, or null. */
export function parseBirthday(value: string) {
  const match = /^(?:(\d{4})-|--)?(\d{2})-(\d{2})$/.exec(value.trim());
  const parsed = match && {
    type: 'birthday' as const,
    label: null,
    month: Number(match[2]),
    day: Number(match[3]),
    year: match[1] ? Number(match[1]) : null,
  };
  return parsed && isValidYearlyDate(parsed) ? parsed : null;
}

// Checked here, converted by the use-case: input schemas must accept their own output, because
// the route checks the body and the use-case checks what it is given again.
export const birthdayField = z
  .string()
  .trim()
  .refine((value) => parseBirthday(value) !== null, {
    message: 'Use a real date: YYYY-MM-DD, or MM-DD without a year',
  });

const valueLabel = singleLineText(MAX_LABEL)
  .nullable()
  .optional()
  .transform((value) => (value ? value : null));

const emailValue = z
  .object({
    value: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ message: 'Enter a valid e-mail address' })),
    label: valueLabel,
    preferred: z.boolean().optional(),
  })
  .strict();

const phoneValue = z
  .object({
    value: singleLineText(40).min(1, 'A phone number is required'),
    label: valueLabel,
    preferred: z.boolean().optional(),
  })
  .strict();

const addressPart = (max: number) =>
  singleLineText(max)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

const postalAddress = z
  .object({
    street: shortText(200)
      .nullable()
      .optional()
      .transform((value) => (value ? value : null)),
    city: addressPart(100),
    region: addressPart(100),
    postcode: addressPart(20),
    country: addressPart(100),
    label: valueLabel,
    preferred: z.boolean().optional(),
  })
  .strict()
  .refine((a) => a.street || a.city || a.region || a.postcode || a.country, {
    message: 'An address needs at least one part',
  });

const MAX_VALUES = 20;

const fields = {
  kind: z.enum(PERSON_KINDS, { message: `Kind is one of: ${PERSON_KINDS.join(', ')}` }).optional(),
  key: z.boolean().optional(),
  team: optionalText(100),
  company: optionalText(100),
  title: optionalText(100),
  email: optionalText(254).pipe(
    z.email({ message: 'Enter a valid e-mail address' }).nullable().optional(),
  ),
  phone: optionalText(40),
  /** Every e-mail, with its label; one may be preferred (else the first is). Replaces the list. */
  emails: z.array(emailValue).max(MAX_VALUES).optional(),
  phones: z.array(phoneValue).max(MAX_VALUES).optional(),
  addresses: z.array(postalAddress).max(MAX_VALUES).optional(),
  city: optionalText(100),
  country: optionalText(100),
  /** The named office within their city ("Berlin HQ"); null clears it. */
  office: optionalText(100),
  timeZone: timeZoneField.nullable().optional(),
  workingHours: workingHoursSchema.nullable().optional(),
  tags: z.array(shortText(40).min(1)).max(50).optional(),
  facts: z.array(shortText(300).min(1)).max(100).optional(),
  links: z.array(linkField).max(20).optional(),
  notes: optionalText(20_000),
  cadenceDays: z
    .number()
    .int()
    .min(1, 'A cadence is at least 1 day')
    .max(3650)
    .nullable()
    .optional(),
  birthday: birthdayField.nullable().optional(),
  dates: z.array(yearlyDateInput).max(20).optional(),
  officeDays: z
    .array(z.enum(WEEKDAYS, { message: 'Office days are mon … sun' }))
    .max(7)
    .optional(),
  /** New to the user's work life: true starts "new" today (in the user's zone), false ends it. */
  isNew: z.boolean().optional(),
  /** The user's guess of the last conversation; a logged conversation replaces it. */
  lastTalkedEstimate: isoDateField.nullable().optional(),
};

export const newPersonInput = z
  .object({ name: singleLineText(120).min(1, 'A name is required'), ...fields })
  .strict();

export const personChanges = z
  .object({
    name: singleLineText(120).min(1, 'A name is required').optional(),
    ...fields,
    snoozedUntil: isoDateField.nullable().optional(),
    paused: z.boolean().optional(),
  })
  .strict();

export const personFilterInput = z.object({
  kind: z.enum(PERSON_KINDS).optional(),
  tag: z.string().max(40).optional(),
  team: z.string().max(100).optional(),
  match: z.string().max(120).optional(),
  /** "true": only archived people; "all": everyone; absent or "false": the people kept. */
  archived: z.enum(['true', 'false', 'all']).optional().meta({
    description:
      'true: only archived people; all: archived and kept; false (the default): archived people are left out',
  }),
});

export type NewPersonInput = z.output<typeof newPersonInput>;
export type PersonChanges = z.output<typeof personChanges>;
