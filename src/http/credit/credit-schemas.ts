import { z } from '@hono/zod-openapi';

const personRef = z.object({ id: z.string(), name: z.string() });

export const AccomplishmentSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    project: z.string().nullable(),
    impact: z.string().nullable(),
    links: z.array(z.string()),
    tags: z.array(z.string()),
    helpedBy: z.array(personRef),
    tell: z.array(personRef),
    createdAt: z.string(),
  })
  .openapi('Accomplishment');

export const FlexSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    text: z.string(),
    forPerson: personRef.nullable(),
    createdAt: z.string(),
  })
  .openapi('FlexibilityEntry');

export const BlockerSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    personId: z.string().nullable(),
    person: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
    since: z.string(),
    resolvedOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Blocker');
