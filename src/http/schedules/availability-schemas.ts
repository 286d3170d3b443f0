// The answers about availability (who is working now, when to reach someone, meeting slots,
// office days, the household's work status): described here so the API documents them and the
// web app types against them instead of a copy.
import { z } from '@hono/zod-openapi';
import { DateText, InstantText, WeekdaySchema } from '../schemas';

const Zone = z.string().openapi({ description: 'An IANA time zone, e.g. Europe/Berlin' });
const ClockTime = z.string().openapi({ description: 'HH:MM on that person’s wall clock' });
/** A person named in an answer, and why when the answer says. */
const PersonRef = z.object({ id: z.string(), name: z.string() });
const PersonWhy = PersonRef.extend({ why: z.string() }).openapi('PersonWhy');

export const OfficeSchema = z
  .object({
    city: z.string().nullable(),
    country: z.string().nullable(),
    name: z.string().nullable(),
  })
  .openapi('Office');

export const WorkingNowSchema = z
  .object({
    now: InstantText,
    you: z.object({ working: z.boolean(), localTime: ClockTime, zone: Zone }),
    people: z
      .array(PersonRef.extend({ localTime: ClockTime, zone: Zone }))
      .openapi({ description: 'Only those inside their working hours' }),
  })
  .openapi('WorkingNow');

const LocalWindowSchema = z
  .object({
    date: DateText.openapi({ description: 'The local date of the start' }),
    start: ClockTime,
    end: ClockTime.openapi({ description: 'HH:MM; 24:00 when it runs to midnight' }),
  })
  .openapi('LocalWindow');

export const ReachWindowSchema = z
  .object({
    start: InstantText,
    end: InstantText,
    userLocal: LocalWindowSchema,
    personLocal: LocalWindowSchema,
  })
  .openapi('PersonReachWindow');

export const PersonWindowSchema = z
  .object({
    person: PersonRef,
    window: z
      .union([ReachWindowSchema, z.null()])
      .openapi({ description: 'Null: none within a week' }),
  })
  .openapi('PersonWindow');

export const SlotSchema = z
  .object({
    start: InstantText,
    end: InstantText,
    score: z.number().openapi({ description: '0–100, higher is better' }),
    officeDay: z.boolean().openapi({ description: 'On one of your office days' }),
    local: z
      .array(z.object({ id: z.string(), date: DateText, time: ClockTime, zone: Zone }))
      .openapi({ description: 'Each participant’s local start; the first is you' }),
  })
  .openapi('Slot');

export const SlotsSchema = z.object({ zone: Zone, slots: z.array(SlotSchema) }).openapi('Slots');

export const OfficeDaySchema = z
  .object({
    date: DateText,
    weekday: WeekdaySchema,
    userOfficeDay: z.boolean(),
    score: z.number().openapi({ description: 'The weight of the people listed' }),
    people: z.array(PersonWhy),
  })
  .openapi('OfficeDay');

export const OfficePlanSchema = z
  .object({ zone: Zone, office: OfficeSchema, days: z.array(OfficeDaySchema) })
  .openapi('OfficePlan');

export const WorkStatusSchema = z
  .object({
    atWork: z.boolean(),
    detail: z.string().openapi({ example: 'Until Mon 17:00' }),
    todayHours: z.string().openapi({ example: '09:00–17:00' }),
  })
  .openapi('WorkStatus');

export const TripPeopleSchema = z.array(PersonWhy);
