// Response shapes shared by several routes, named in the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { WEEKDAYS } from '../app/accounts/working-hours';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const interval = z.object({ start: z.string(), end: z.string() });

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    timeZone: z.string(),
    workingHours: z.object(
      Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(interval)])) as Record<
        (typeof WEEKDAYS)[number],
        z.ZodArray<typeof interval>
      >,
    ),
    role: z.enum(['owner', 'admin', 'member']),
    createdAt: z.string(),
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
