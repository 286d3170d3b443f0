// The shapes of sources, sync reports, the noticed inbox and suggestions in the API.
import { z } from '@hono/zod-openapi';

export const SourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['ics', 'caldav', 'imap', 'git']),
    name: z.string(),
    mode: z.enum(['review', 'auto']),
    paused: z.boolean(),
    keepSubjects: z.boolean(),
    largeMeetingSize: z.number(),
    countLargeMeetings: z.boolean(),
    reachBackMonths: z.number(),
    intervalMinutes: z.number(),
    replyDelayHours: z.number(),
    settings: z
      .object({
        url: z.string().optional(),
        user: z.string().optional(),
        calendars: z.array(z.string()).optional(),
        host: z.string().optional(),
        port: z.number().optional(),
        tls: z.boolean().optional(),
        sentFolder: z.string().nullable().optional(),
        paths: z.array(z.string()).optional(),
      })
      .openapi({
        description:
          'How to reach the source, never a password; an .ics address is shown without its secret part',
      }),
    lastSyncAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable().openapi({ description: 'The last failure, in plain words' }),
    failingSince: z.string().nullable(),
    seen: z.number().openapi({ description: 'Items the last sync read' }),
    captured: z.number().openapi({ description: 'Conversations logged from it so far' }),
    createdAt: z.string(),
  })
  .openapi('Source');

export const SyncReportSchema = z
  .object({
    sourceId: z.string(),
    name: z.string(),
    seen: z.number(),
    captured: z.number(),
    noticed: z.number(),
    removed: z.number(),
    repliesOwed: z.number(),
    repliesClosed: z.number(),
    error: z.string().nullable(),
  })
  .openapi('SyncReport');

export const NoticedSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    sourceName: z.string(),
    at: z.string(),
    channel: z.string(),
    initiator: z.string(),
    seenOnly: z.boolean().openapi({
      description: 'A large meeting: accepting it records “seen in a meeting”, not a conversation',
    }),
    subject: z.string().nullable(),
    people: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi('Noticed');

export const SuggestionSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    conversations: z.number(),
    lastSeenAt: z.string(),
  })
  .openapi('CaptureSuggestion');
