// Response shapes of import, export, restore, merge and account deletion, named in OpenAPI.
import { z } from '@hono/zod-openapi';
import { PersonSchema } from '../people/people-schemas';

// 'phone' means the same full name and a shared phone number: a phone alone never matches.
const MatchBy = z.enum(['uid', 'email', 'phone', 'name']);

const ImportEntrySchema = z.object({
  line: z.number(),
  name: z.string(),
  action: z.enum(['create', 'update', 'unchanged', 'duplicate']),
  match: z.object({ personId: z.string(), name: z.string(), by: MatchBy }).optional(),
  duplicateOf: z.object({ line: z.number(), by: MatchBy }).optional(),
  changes: z.array(z.string()).optional(),
  lastTalkedEstimate: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});

export const ImportReportSchema = z
  .object({
    format: z.enum(['vcard', 'csv']),
    source: z.string(),
    mapping: z.record(z.string(), z.string()).optional(),
    kind: z.string(),
    tag: z.string().nullable(),
    familiarity: z.enum(['regularly', 'now-and-then', 'rarely', 'never-met']),
    applied: z.boolean(),
    created: z.number(),
    updated: z.number(),
    merged: z.number(),
    skipped: z.number(),
    errors: z.array(z.object({ line: z.number(), reason: z.string() })),
    people: z.array(ImportEntrySchema),
  })
  .openapi('ImportReport');

export const RestoreResultSchema = z
  .object({ restored: z.record(z.string(), z.number()), remapped: z.boolean() })
  .openapi('RestoreResult');

export const MergeResultSchema = z
  .object({ person: PersonSchema, moved: z.record(z.string(), z.number()) })
  .openapi('MergeResult');

export const AccountDeletedSchema = z
  .object({ deleted: z.literal(true), removed: z.record(z.string(), z.number()) })
  .openapi('AccountDeleted');
