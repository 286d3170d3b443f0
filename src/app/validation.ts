import type { z } from 'zod';
import { invalidInput } from './errors';

/**
 * Parses input with a schema; a failure is a 400 that names each bad field.
 *
 * Use-cases take input the route already parsed (`z.output<…>`), so this is only for input that
 * reaches the app without a route: the team directory adding a colleague to one's people
 * (team/add-to-people), suggestions from capture jobs (capture/suggestions, work-suggestions),
 * answers saved earlier in the database (credit/proposal), and a path segment the route checks
 * only after the owner check (schedules/unmarkRoutine).
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : '';
  throw invalidInput(message || 'Invalid input', issues);
}
