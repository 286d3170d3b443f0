// Response shapes of the daily loop, named in the OpenAPI document.
import { z } from '@hono/zod-openapi';

const nullableText = z.string().nullable();

export const PersonDateSchema = z.object({
  id: z.string(),
  type: z.string(),
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
    kind: z.string(),
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
    workingHours: z.unknown().nullable(),
    tags: z.array(z.string()),
    facts: z.array(z.string()),
    links: z.array(z.string()),
    notes: nullableText,
    cadenceDays: z.number().nullable(),
    cadenceOverride: z.number().nullable(),
    snoozedUntil: nullableText,
    paused: z.boolean(),
    officeDays: z.array(z.string()),
    newSince: nullableText.openapi({
      description: 'YYYY-MM-DD since when they are new; null: not new',
    }),
    lastTalkedEstimate: nullableText.openapi({
      description: 'YYYY-MM-DD, the estimated last conversation until one is logged',
    }),
    dates: z.array(PersonDateSchema),
    lastInteractionAt: nullableText,
    interactionCount: z.number(),
    seenInMeetings: z
      .object({ count: z.number(), lastAt: z.string().nullable() })
      .optional()
      .openapi({
        description:
          'Large meetings capture saw the person in (not counted as conversations); on GET /api/people/{id}',
      }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Person');

export const InteractionSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    people: z.array(z.object({ id: z.string(), name: z.string() })),
    channel: z.string(),
    initiator: z.string(),
    about: z.string(),
    note: nullableText,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Interaction');

export const PersonItemSchema = z
  .object({
    id: z.string(),
    type: z.enum(['reply', 'promise', 'favor', 'event']),
    personId: z.string(),
    personName: z.string(),
    text: z.string(),
    kind: nullableText,
    direction: nullableText,
    date: nullableText,
    doneAt: nullableText,
    createdAt: z.string(),
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
