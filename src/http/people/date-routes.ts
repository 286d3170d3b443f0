// A yearly date's occurrence marked done (greeted) or skipped: the ids Today shows on date
// lines ("done: rapport done ID") are person_dates ids, so they get their own routes.
import { createRoute, z } from '@hono/zod-openapi';
import { handleDateOccurrence } from '../../app/people/date-occurrences';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json } from '../schemas';
import { idParam, PersonDateSchema } from './people-schemas';

const DateOccurrenceSchema = z
  .object({
    date: PersonDateSchema,
    personId: z.string(),
    personName: z.string(),
    /** The occurrence handled, YYYY-MM-DD on the person's calendar. */
    occurrence: z.string(),
  })
  .openapi('DateOccurrence');

const tags = ['people'];

const ACTIONS = {
  done: 'Mark this occurrence of a date done (greeted); next year it comes back',
  skip: 'Skip this occurrence of a date; next year it comes back',
} as const;

const occurrenceRoute = <P extends string>(path: P, summary: string) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    request: { params: idParam },
    responses: { 200: json(DateOccurrenceSchema, 'Handled'), ...errorResponses(401, 403, 404) },
  });

export const routes = {
  done: occurrenceRoute('/api/dates/{id}/done', ACTIONS.done),
  skip: occurrenceRoute('/api/dates/{id}/skip', ACTIONS.skip),
};

export function registerDateRoutes(app: HttpApp) {
  for (const action of ['done', 'skip'] as const) {
    app.openapi(routes[action], async (c) => {
      const result = await handleDateOccurrence(
        c.get('ctx'),
        principalOf(c).userId,
        c.req.valid('param').id,
        action === 'done' ? 'done' : 'skipped',
      );
      return c.json(result, 200);
    });
  }
}
