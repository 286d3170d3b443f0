import { createRoute, z } from '@hono/zod-openapi';
import { getPreferences, preferencesInput, updatePreferences } from '../../app/people/preferences';
import { search, searchInput } from '../../app/people/search';
import { week } from '../../app/today/relationships';
import { today, todayInput } from '../../app/today/today';
import { PERSON_KINDS } from '../../domain/people/person-kind';
import type { HttpApp } from '../env';
import { keptJson } from '../kept-json';
import { principalOf } from '../middleware/auth';
import { DateText, errorResponses, json, jsonBody, WeekdaySchema } from '../schemas';
import { registerWelcomeRoutes, TodayWelcomeSchema } from './welcome-routes';

const WindowSchema = z
  .object({ start: z.string(), end: z.string(), text: z.string() })
  .openapi('ReachWindow', {
    description: 'The next window in which the user and the person are both working',
  });

/** What an agenda item is about; a card takes its lead line's. */
export const AgendaKindSchema = z.enum([
  'due',
  'date',
  'reply',
  'promise',
  'milestone',
  'new',
  'revisit',
  'visit',
  'routine',
  'trip',
  'office',
  'end-of-day',
]);

export const AgendaItemSchema = z.object({
  kind: AgendaKindSchema,
  person: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  why: z.string(),
  score: z.number(),
  starters: z.array(z.string()),
  refId: z.string().optional(),
  lateDays: z
    .number()
    .optional()
    .openapi({ description: 'Due reach-outs: days past the cadence (0: due today)' }),
  window: WindowSchema.optional(),
});

export const CardLineSchema = z
  .object({
    kind: z.string().openapi({
      description: `The kind of the item this line comes from: ${AgendaKindSchema.options.join(', ')}`,
    }),
    title: z.string(),
    why: z.string(),
    refId: z.string().optional().openapi({
      description: 'Id of the reply, promise, date or milestone: `POST /api/items/{id}/done`',
    }),
    window: WindowSchema.optional(),
  })
  .openapi('TodayCardLine');

export const CardSchema = z
  .object({
    key: z.string().openapi({ description: 'Stable for the day: the person id, or kind and id' }),
    person: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'Whom the card is about; null for visits, routines, trips…' }),
    kind: z.string().openapi({
      description: `The lead line’s kind: ${AgendaKindSchema.options.join(', ')}`,
    }),
    title: z.string().openapi({ description: 'The lead line’s title' }),
    why: z.string().openapi({ description: 'The lead line’s reason' }),
    score: z
      .number()
      .openapi({ description: 'The best line’s score plus a little for each further line' }),
    lines: z.array(CardLineSchema).openapi({
      description:
        'Everything about this person today (reach-out, reply owed, promise, date, milestone), the most urgent first',
    }),
    starters: z.array(z.string()).openapi({ description: 'Things to talk about, three at most' }),
    window: WindowSchema.optional(),
    heldUntil: z.string().optional().openapi({
      description:
        '`YYYY-MM-DD` the card comes back on: the next working day, or after their holiday',
    }),
    note: z.string().optional().openapi({
      description:
        'Why the card waits: “Held until Monday”, “It’s Christmas Day in Portugal today”',
    }),
  })
  .openapi('TodayCard');

export const AgendaSchema = z
  .object({
    date: DateText,
    zone: z.string(),
    items: z.array(AgendaItemSchema).openapi({
      description: 'Every item, ranked by score: the flat list, one line per thing to do',
    }),
    total: z.number(),
    cards: z.array(CardSchema).openapi({
      description:
        'What Today shows: one card per person, at most your todayLimit (default 7), the most important first; at most 2 first contacts. On your days off personal cards lead; on workdays work does',
    }),
    later: z.array(CardSchema).openapi({
      description:
        'The cards that can wait, in order: those that did not fit, then those held (work on a day off, someone on their public holiday)',
    }),
    more: z.number().openapi({ description: 'later.length: “N more can wait”' }),
    limit: z
      .number()
      .openapi({ description: 'Your todayLimit: the most cards `cards` holds (3–30)' }),
    /** Team welcomes that involve you, newest first; they stay until done, dismissed or 14 days. */
    welcomes: z.array(TodayWelcomeSchema),
    noticed: z
      .object({ count: z.number() })
      .openapi({ description: 'Conversations capture found, waiting in “Rapport noticed”' }),
    failingSources: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          lastError: z.string().nullable(),
          failingSince: z.string(),
        }),
      )
      .openapi({ description: 'Sources that have failed for 24 hours or more' }),
  })
  .openapi('Agenda');

export const WeekSchema = z
  .object({
    weekStart: DateText,
    weekEnd: DateText,
    complete: z.boolean(),
    conversations: z.number(),
    people: z.number(),
    talkedWith: z
      .array(z.object({ id: z.string(), name: z.string(), conversations: z.number() }))
      .openapi({ description: 'Whom you talked to this week, most conversations first' }),
    personalShare: z.number().nullable(),
    byChannel: z.record(z.string(), z.number()),
    medianOfPrior8Weeks: z.number(),
    warning: z.string().nullable(),
  })
  .openapi('WeekSummary');

export const PreferencesSchema = z.object({
  cadenceDefaults: z
    .partialRecord(z.enum([...PERSON_KINDS, 'keyCoworker']), z.number().nullable())
    .openapi({
      description:
        'Your days between contacts per kind (and for key co-workers); null: no cadence; a missing kind keeps the built-in',
    }),
  interests: z.array(z.string()),
  updateSchedule: z
    .object({
      enabled: z.boolean(),
      kind: z.enum(['week', 'month']),
      weekday: WeekdaySchema,
      time: z.string(),
      deliver: z.enum(['review', 'send']),
      to: z.array(z.string()),
    })
    .nullable(),
  digest: z.object({ enabled: z.boolean(), time: z.string() }).nullable(),
  todayLimit: z.number().int().openapi({ description: 'Cards shown on Today (3–30, default 7)' }),
  teamMailOff: z
    .array(z.string())
    .openapi({ description: 'Workspaces whose e-mail you turned off' }),
  shortcuts: z
    .boolean()
    .openapi({ description: 'Single-key shortcuts in the web app (on unless turned off)' }),
  push: z
    .object({
      perDay: z.number().int(),
      kinds: z.object({
        reachOut: z.boolean(),
        date: z.boolean(),
        reply: z.boolean(),
        promise: z.boolean(),
      }),
    })
    .openapi({ description: 'Push nudges a day at most (default 3) and the kinds that are on' }),
});

export const SearchResultSchema = z
  .object({
    type: z.enum(['person', 'interaction']),
    personId: z.string(),
    personName: z.string(),
    interactionId: z.string().optional(),
    snippet: z.string(),
  })
  .openapi('SearchResult');

export const todayRoute = createRoute({
  method: 'get',
  path: '/api/today',
  tags: ['today'],
  summary: 'The Today agenda: whom to reach out to and why, ranked, with things to talk about',
  request: { query: todayInput },
  responses: { 200: json(AgendaSchema, 'Agenda'), ...errorResponses(400, 401) },
});

export const weekRoute = createRoute({
  method: 'get',
  path: '/api/week',
  tags: ['today'],
  summary: 'This week’s conversations against your own usual',
  responses: { 200: json(z.object({ week: WeekSchema }), 'Week'), ...errorResponses(401) },
});

export const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['today'],
  summary: 'Full-text search over names, facts, notes and conversation notes',
  request: { query: searchInput },
  responses: {
    200: json(z.object({ results: z.array(SearchResultSchema) }), 'Results'),
    ...errorResponses(400, 401),
  },
});

export const readPreferences = createRoute({
  method: 'get',
  path: '/api/me/preferences',
  tags: ['accounts'],
  summary: 'Your cadence defaults, interests and status-update schedule',
  responses: {
    200: json(z.object({ preferences: PreferencesSchema }), 'Preferences'),
    ...errorResponses(401),
  },
});

export const writePreferences = createRoute({
  method: 'patch',
  path: '/api/me/preferences',
  tags: ['accounts'],
  summary:
    'Change cadence defaults (days; null = no cadence), interests, the update schedule, how many cards Today shows or whether single-key shortcuts work',
  request: { body: jsonBody(preferencesInput) },
  responses: {
    200: json(z.object({ preferences: PreferencesSchema }), 'Preferences'),
    ...errorResponses(400, 401, 403, 413),
  },
});

export function registerTodayRoutes(app: HttpApp) {
  registerWelcomeRoutes(app);

  app.openapi(todayRoute, async (c) => {
    return keptJson(c, await today(c.get('ctx'), principalOf(c).userId, c.req.valid('query')));
  });

  app.openapi(weekRoute, async (c) => {
    return c.json({ week: await week(c.get('ctx'), principalOf(c).userId) }, 200);
  });

  app.openapi(searchRoute, async (c) => {
    const results = await search(c.get('ctx'), principalOf(c).userId, c.req.valid('query'));
    return c.json({ results }, 200);
  });

  app.openapi(readPreferences, async (c) => {
    const preferences = await getPreferences(c.get('ctx'), principalOf(c).userId);
    return c.json({ preferences: preferences as z.infer<typeof PreferencesSchema> }, 200);
  });

  app.openapi(writePreferences, async (c) => {
    const preferences = await updatePreferences(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('json'),
    );
    return c.json({ preferences: preferences as z.infer<typeof PreferencesSchema> }, 200);
  });
}
