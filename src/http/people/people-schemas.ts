// Response shapes of the daily loop, named in the OpenAPI document.
import { z } from '@hono/zod-openapi';
import {
  ABOUTS,
  CAREER_EVENT_KINDS,
  CHANNELS,
  FAVOR_KINDS,
  IMPORTANT_DATE_TYPES,
  INITIATORS,
  PERSON_KINDS,
} from '../../domain/people/person-kind';
import { DateText, InstantText, WeekdaySchema, WorkingHoursSchema } from '../schemas';

const nullableText = z.string().nullable();

export const PersonDateSchema = z.object({
  id: z.string(),
  type: z.enum(IMPORTANT_DATE_TYPES),
  label: nullableText,
  month: z.number(),
  day: z.number(),
  year: z.number().nullable(),
  /** The occurrence (YYYY-MM-DD, the person's calendar) marked done or skipped, if any. */
  handledOn: nullableText.optional(),
  handledAs: z.enum(['done', 'skipped']).nullable().optional(),
});

const labelText = nullableText.openapi({
  description: 'work, home, mobile, other, or an address book’s own label; null: none',
});

export const ContactValueSchema = z
  .object({ value: z.string(), label: labelText, preferred: z.boolean() })
  .openapi('ContactValue');

export const PostalAddressSchema = z
  .object({
    street: nullableText,
    city: nullableText,
    region: nullableText,
    postcode: nullableText,
    country: nullableText,
    label: labelText,
    preferred: z.boolean(),
  })
  .openapi('PostalAddress');

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(PERSON_KINDS).openapi('PersonKind'),
    key: z.boolean(),
    team: nullableText,
    company: nullableText,
    title: nullableText,
    email: nullableText.openapi({ description: 'The preferred e-mail (of `emails`)' }),
    phone: nullableText.openapi({ description: 'The preferred phone (of `phones`)' }),
    emails: z.array(ContactValueSchema),
    phones: z.array(ContactValueSchema),
    addresses: z.array(PostalAddressSchema),
    city: nullableText,
    country: nullableText,
    office: nullableText.openapi({ description: 'The named office within their city' }),
    timeZone: nullableText,
    // A union, not .nullable(): a described nullable reference came out as allOf [WorkingHours,
    // object|null] in the document, which no null satisfies.
    workingHours: z.union([WorkingHoursSchema, z.null()]).openapi({
      description: 'Null: assumed Monday to Friday, 09:00–17:00 in their zone',
    }),
    tags: z.array(z.string()),
    facts: z.array(z.string()),
    links: z.array(z.string()),
    notes: nullableText,
    cadenceDays: z.number().nullable(),
    cadenceOverride: z.number().nullable(),
    snoozedUntil: DateText.nullable(),
    paused: z.boolean(),
    officeDays: z.array(WeekdaySchema),
    newSince: DateText.nullable().openapi({
      description: 'YYYY-MM-DD since when they are new; null: not new',
    }),
    lastTalkedEstimate: DateText.nullable().openapi({
      description: 'YYYY-MM-DD, the estimated last conversation until one is logged',
    }),
    archivedAt: InstantText.nullable().openapi({
      description:
        'When the person was archived (POST /api/people/{id}/archive, or their card deleted from a synced address book); null: not archived. Archived people are left out of the People list, Today, search and capture, and keep all their data.',
    }),
    dates: z.array(PersonDateSchema),
    lastInteractionAt: InstantText.nullable(),
    interactionCount: z.number(),
    seenInMeetings: z
      .object({ count: z.number(), lastAt: z.string().nullable() })
      .optional()
      .openapi({
        description:
          'Large meetings capture saw the person in (not counted as conversations); on GET /api/people/{id}',
      }),
    createdAt: InstantText,
    updatedAt: InstantText,
  })
  .openapi('Person');

export const InteractionSchema = z
  .object({
    id: z.string(),
    at: InstantText,
    people: z.array(z.object({ id: z.string(), name: z.string() })),
    channel: z.enum(CHANNELS),
    initiator: z.enum(INITIATORS),
    about: z.enum(ABOUTS),
    note: nullableText,
    createdAt: InstantText,
    updatedAt: InstantText,
  })
  .openapi('Interaction');

export const PersonItemSchema = z
  .object({
    id: z.string(),
    type: z.enum(['reply', 'promise', 'favor', 'event']),
    personId: z.string(),
    personName: z.string(),
    text: z.string(),
    kind: nullableText.openapi({
      description: `favor: ${FAVOR_KINDS.join(', ')}; event: ${CAREER_EVENT_KINDS.join(', ')}; null otherwise (data from older versions may hold other words)`,
    }),
    personKind: z.enum(PERSON_KINDS).openapi({ description: 'What the person is to you' }),
    direction: z.enum(['gave', 'got']).nullable(),
    date: nullableText.openapi({
      description:
        'reply: the instant since; promise: the due date; favor and event: YYYY-MM-DD or null',
    }),
    doneAt: InstantText.nullable(),
    createdAt: InstantText,
  })
  .openapi('PersonItem');

export const HealthSchema = z
  .object({
    recency: z.object({
      daysSince: z.number().nullable(),
      cadenceDays: z.number().nullable(),
      status: z.enum(['ok', 'due', 'overdue', 'never']),
    }),
    contacts90d: z.number(),
    personalShare: z.number().nullable(),
    initiative: z.object({ me: z.number(), them: z.number(), mutual: z.number() }),
    favorBalance: z.object({ gave: z.number(), got: z.number(), balance: z.number() }),
    warnings: z.array(z.string()),
  })
  .openapi('RelationshipHealth');

export const idParam = z.object({ id: z.string().min(1).max(40) });

// The request bodies, defined beside their use-cases; re-exported so clients (web, CLI, tests)
// type their requests from one place: the http schema modules.
export { interactionChanges, newInteractionInput } from '../../app/interactions/interactions';
export { bulkInput } from '../../app/people/bulk';
export { newPersonInput, personChanges } from '../../app/people/person-input';
export { ITEM_INPUTS } from '../../app/person-items/person-items';
