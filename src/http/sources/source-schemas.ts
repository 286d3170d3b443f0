// Request and response shapes of capture (sources, the "Rapport noticed" inbox, people to add),
// exactly as the capture contract of issue 14 gives them. The routes validate with these, and
// the web app and the CLI infer their types from them (type-only), so the three can't drift.
import { z } from '@hono/zod-openapi';

// The request bodies are the ones the app validates with: one definition, never a copy.
import {
  SOURCE_KINDS,
  SOURCE_MODES,
  sourceChanges,
  sourceInput,
} from '../../app/capture/source-input';

export { SOURCE_KINDS, SOURCE_MODES, sourceChanges, sourceInput };
/** Channels a captured conversation can have (typed ones plus 'meeting' for calendar events). */
export const CAPTURED_CHANNELS = [
  'call',
  'video',
  'chat',
  'email',
  'in-person',
  'meeting',
] as const;

export const sourceIdParam = z.object({ id: z.string().min(1).max(40) });
export const noticedIdParam = z.object({ id: z.string().min(1).max(40) });
export const suggestionIdParam = z.object({ id: z.string().min(1).max(40) });
export const removeSourceQuery = z.object({
  removeCaptured: z.enum(['true', 'false']).optional(),
});

/** Where a source reads from; never a password (the API does not return credentials). */
export const SourceSettingsSchema = z
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
  .openapi('SourceSettings');

export const SourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    name: z.string(),
    mode: z.enum(SOURCE_MODES),
    paused: z.boolean(),
    keepSubjects: z.boolean(),
    largeMeetingSize: z.number(),
    countLargeMeetings: z.boolean(),
    reachBackMonths: z.number(),
    intervalMinutes: z.number(),
    replyDelayHours: z.number(),
    settings: SourceSettingsSchema,
    lastSyncAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    /** In plain words ("IMAP said: authentication failed"). */
    lastError: z.string().nullable(),
    failingSince: z.string().nullable(),
    /** Items seen by the last sync. */
    seen: z.number(),
    /** Conversations captured since the source was added. */
    captured: z.number(),
    createdAt: z.string(),
  })
  .openapi('Source');

export const SourceResponseSchema = z.object({ source: SourceSchema });
export const SourceListSchema = z.object({ sources: z.array(SourceSchema) });
export const RemovedSchema = z.object({ removed: z.number() });

export const SourceTestSchema = z
  .object({
    ok: z.literal(true),
    /** CalDAV: the calendars found, to choose from. */
    calendars: z.array(z.string()).optional(),
    /** IMAP: the folders found. */
    folders: z.array(z.string()).optional(),
  })
  .openapi('SourceTest');

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

export const SyncReportsSchema = z.object({ reports: z.array(SyncReportSchema) });

export const NoticedSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    sourceName: z.string(),
    at: z.string(),
    channel: z.enum(CAPTURED_CHANNELS),
    initiator: z.enum(['me', 'them', 'mutual']),
    seenOnly: z.boolean(),
    subject: z.string().nullable(),
    people: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi('Noticed');

export const NoticedListSchema = z.object({ noticed: z.array(NoticedSchema) });
export const AcceptedSchema = z.object({
  interactionId: z.string().nullable().openapi({
    description:
      'null for a large meeting: it is recorded as seen in a meeting, not a conversation',
  }),
});
export const AcceptedAllSchema = z.object({ accepted: z.number() });
export const neverInput = z.object({ personId: z.string().min(1).max(40) });

export const CaptureSuggestionSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    /** The name from the mail or invitation headers, when one was given. */
    name: z.string().nullable(),
    conversations: z.number(),
    lastSeenAt: z.string(),
  })
  .openapi('CaptureSuggestion');

export const CaptureSuggestionListSchema = z.object({
  suggestions: z.array(CaptureSuggestionSchema),
});

/** Added to GET /api/today: the review inbox's size and sources failing for 24 h. */
export const TodayCaptureSchema = z.object({
  noticed: z.object({ count: z.number() }),
  failingSources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      lastError: z.string().nullable(),
      failingSince: z.string().nullable(),
    }),
  ),
});

/** Added to GET /api/people/{id}: large meetings the person was in. */
export const SeenInMeetingsSchema = z.object({
  count: z.number(),
  lastAt: z.string().nullable(),
});

// The types the web app and the CLI read and send (inferred, so they follow the schemas).
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceMode = (typeof SOURCE_MODES)[number];
export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof sourceInput>;
export type SourceChanges = z.input<typeof sourceChanges>;
export type SourceTest = z.infer<typeof SourceTestSchema>;
export type SyncReport = z.infer<typeof SyncReportSchema>;
export type Noticed = z.infer<typeof NoticedSchema>;
export type CaptureSuggestion = z.infer<typeof CaptureSuggestionSchema>;
export type TodayCapture = z.infer<typeof TodayCaptureSchema>;
export type SeenInMeetings = z.infer<typeof SeenInMeetingsSchema>;
