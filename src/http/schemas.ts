// Response shapes shared by several routes, named in the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { WEEKDAYS } from '../domain/availability/types';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** A day of the week, Monday first. */
export const WeekdaySchema = z.enum(WEEKDAYS).openapi('Weekday');

/** `YYYY-MM-DD`, a calendar date (the user's or the person's calendar, as the field says). */
export const DateText = z.string().openapi({ format: 'date', example: '2026-03-14' });

/** An instant: ISO 8601 with an offset. */
export const InstantText = z.string().openapi({ format: 'date-time' });

const interval = z
  .object({
    start: z.string().openapi({ description: 'HH:MM, local wall clock', example: '09:00' }),
    end: z.string().openapi({ description: 'HH:MM, after start; may be 24:00', example: '17:00' }),
  })
  .openapi('TimeRange');

/** Working periods per weekday on the local wall clock; an empty day is a day off. */
export const WorkingHoursSchema = z
  .object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(interval)])) as Record<
      (typeof WEEKDAYS)[number],
      z.ZodArray<typeof interval>
    >,
  )
  .openapi('WorkingHours');

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    timeZone: z.string(),
    workingHours: WorkingHoursSchema,
    role: z.enum(['owner', 'admin', 'member']),
    createdAt: InstantText,
  })
  .openapi('User');

export const SignedInSchema = z.object({ user: UserSchema, csrfToken: z.string() });

/** The error responses every route may give, so clients see them in the document. */
export function errorResponses<
  const C extends readonly (400 | 401 | 403 | 404 | 409 | 413 | 422 | 429)[],
>(...codes: C) {
  const described: Record<number, string> = {
    400: 'Invalid input',
    401: 'Not signed in',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflict',
    413: 'Body too large',
    422: 'The source could not be read',
    429: 'Too many requests',
  };
  return Object.fromEntries(
    codes.map((code) => [
      code,
      { description: described[code]!, content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as {
    [K in C[number]]: {
      description: string;
      content: { 'application/json': { schema: typeof ErrorSchema } };
    };
  };
}

export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});
