// The API's contract as types, for the typed test client (test/support/api.ts): every route the
// server registers with createRoute (src/http/**/*-routes.ts exports them), so a renamed field or
// a changed path in a server schema fails `npm run typecheck` in the tests that use it.
import type { z } from '@hono/zod-openapi';
import type * as admin from '../../src/http/admin/admin-routes';
import type * as auth from '../../src/http/auth/auth-routes';
import type * as reset from '../../src/http/auth/reset-routes';
import type * as contactsSync from '../../src/http/contacts-sync/contacts-sync-routes';
import type * as accomplishment from '../../src/http/credit/accomplishment-routes';
import type * as blocker from '../../src/http/credit/blocker-routes';
import type * as proposal from '../../src/http/credit/proposal-routes';
import type * as update from '../../src/http/credit/update-routes';
import type * as health from '../../src/http/health/health-routes';
import type * as interaction from '../../src/http/interactions/interaction-routes';
import type * as invite from '../../src/http/invites/invite-routes';
import type * as item from '../../src/http/items/item-routes';
import type * as digest from '../../src/http/me/digest-routes';
import type * as me from '../../src/http/me/me-routes';
import type * as session from '../../src/http/me/session-routes';
import type * as date from '../../src/http/people/date-routes';
import type * as people from '../../src/http/people/people-routes';
import type * as push from '../../src/http/push/push-routes';
import type * as schedule from '../../src/http/schedules/schedule-routes';
import type * as setup from '../../src/http/setup/setup-routes';
import type * as noticed from '../../src/http/sources/noticed-routes';
import type * as source from '../../src/http/sources/source-routes';
import type * as celebration from '../../src/http/team/celebration-routes';
import type * as directory from '../../src/http/team/directory-routes';
import type * as inviteSignup from '../../src/http/team/invite-signup-routes';
import type * as prompt from '../../src/http/team/prompt-routes';
import type * as round from '../../src/http/team/round-routes';
import type * as workspace from '../../src/http/team/workspace-routes';
import type * as today from '../../src/http/today/today-routes';
import type * as welcome from '../../src/http/today/welcome-routes';
import type * as token from '../../src/http/tokens/token-routes';
import type * as transfer from '../../src/http/transfer/transfer-routes';
import type * as workSuggestion from '../../src/http/work-suggestions/work-suggestion-routes';

/** What createRoute returns, as far as a client cares. */
interface RouteLike {
  method: string;
  path: string;
  // Not `{ body?: … }`: a type of optional properties only would refuse `{ query }` (weak type).
  request?: object;
  responses: object;
}

/** A module's routes: exported one by one, or as an object of them (`routes`, `creations`). */
export type RoutesOf<Module> = {
  [K in keyof Module]: Module[K] extends RouteLike
    ? Module[K]
    : Module[K] extends object
      ? Extract<Module[K][keyof Module[K]], RouteLike>
      : never;
}[keyof Module];

export type ApiRoute =
  | RoutesOf<typeof admin>
  | RoutesOf<typeof auth>
  | RoutesOf<typeof reset>
  | RoutesOf<typeof contactsSync>
  | RoutesOf<typeof accomplishment>
  | RoutesOf<typeof blocker>
  | RoutesOf<typeof proposal>
  | RoutesOf<typeof update>
  | RoutesOf<typeof health>
  | RoutesOf<typeof interaction>
  | RoutesOf<typeof invite>
  | RoutesOf<typeof item>
  | RoutesOf<typeof digest>
  | RoutesOf<typeof me>
  | RoutesOf<typeof session>
  | RoutesOf<typeof date>
  | RoutesOf<typeof people>
  | RoutesOf<typeof push>
  | RoutesOf<typeof schedule>
  | RoutesOf<typeof setup>
  | RoutesOf<typeof noticed>
  | RoutesOf<typeof source>
  | RoutesOf<typeof celebration>
  | RoutesOf<typeof directory>
  | RoutesOf<typeof inviteSignup>
  | RoutesOf<typeof prompt>
  | RoutesOf<typeof round>
  | RoutesOf<typeof workspace>
  | RoutesOf<typeof today>
  | RoutesOf<typeof welcome>
  | RoutesOf<typeof token>
  | RoutesOf<typeof transfer>
  | RoutesOf<typeof workSuggestion>;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `/api/people/{id}/items` → `/api/people/${string}/items`: what a concrete path must match. */
type Pattern<Path extends string> = Path extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${Pattern<Tail>}`
  : Path;

type RoutesWith<M extends Method> = Extract<ApiRoute, { method: Lowercase<M> }>;

/** The paths a call may name for a method, with or without a query string. */
export type ApiPath<M extends Method> =
  RoutesWith<M> extends infer R
    ? R extends RouteLike
      ? Pattern<R['path']> | `${Pattern<R['path']>}?${string}`
      : never
    : never;

type WithoutQuery<P extends string> = P extends `${infer Base}?${string}` ? Base : P;

type Matching<M extends Method, P extends string> =
  RoutesWith<M> extends infer R
    ? R extends RouteLike
      ? P extends Pattern<R['path']>
        ? R
        : never
      : never
    : never;

/**
 * `${string}` also matches slashes, so `/api/people/${id}/items` matches `/api/people/{id}` too:
 * keep the candidates no other candidate is more specific than.
 */
type MostSpecific<C extends RouteLike, All extends RouteLike = C> = C extends RouteLike
  ? [
      Exclude<All, C> extends infer O
        ? O extends RouteLike
          ? Pattern<O['path']> extends Pattern<C['path']>
            ? O
            : never
          : never
        : never,
    ] extends [never]
    ? C
    : never
  : never;

/** The route a call reaches: by method and path, as the server's router would pick it. */
export type RouteFor<M extends Method, P extends string> = MostSpecific<
  Matching<M, WithoutQuery<P>>
>;

type JsonSchemaOf<Response> = Response extends {
  content: { 'application/json': { schema: infer S extends z.ZodType } };
}
  ? S
  : never;

/** The request body a route takes, as a client writes it (before defaults and coercion). */
export type RequestBody<R> = R extends {
  request: { body: { content: { 'application/json': { schema: infer S extends z.ZodType } } } };
}
  ? z.input<S>
  : never;

/** What the route answers on success (2xx): the JSON body, text for other media, or nothing. */
export type SuccessBody<R extends RouteLike> = {
  [S in keyof R['responses']]: `${S & (string | number)}` extends `2${string}`
    ? [JsonSchemaOf<R['responses'][S]>] extends [never]
      ? R['responses'][S] extends { content: object }
        ? string
        : ErrorFields
      : z.output<JsonSchemaOf<R['responses'][S]>>
    : never;
}[keyof R['responses']];

/** Every error answer is {"error": {code, message, details}} (src/http/schemas.ts ErrorSchema). */
export interface ErrorFields {
  error?: { code: string; message: string; details?: unknown };
}
