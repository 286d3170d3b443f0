// One user's typed calls, for helpers that make many requests as that user (seeding, the step
// runners of property tests): `callAs(api, session)('POST', '/api/people', { name: 'Ann' })` takes
// the body and gives the answer `api.call` would, so a contract change fails the typecheck here too.
import type { ApiResponse, BodyOf, Session, TestApi } from './api';
import type { ApiPath, ErrorFields, Method, RouteFor, SuccessBody } from './contract';

/** What `api.call` answers for a method and path. */
export type Answer<M extends Method, P extends ApiPath<Method>> = ApiResponse<
  SuccessBody<RouteFor<M, P>> & ErrorFields
>;

/** Who calls: a signed-in session, or an API token (as scripts and the CLI do). */
export type Caller = Session | { token: string };

export function callAs(api: TestApi, caller: Caller) {
  const credentials = 'token' in caller ? { token: caller.token } : { session: caller };
  // The promise api.call makes, and the same check: every answer is held to the OpenAPI document.
  return <M extends Method, P extends ApiPath<Method>>(method: M, path: P, body?: BodyOf<M, P>) =>
    api.raw(method, path, { ...credentials, body }) as Promise<Answer<M, P>>;
}

/** A `callAs` made at each call: for an api and caller known once a test's set-up has run. */
export function callAsLater(make: () => ReturnType<typeof callAs>) {
  return <M extends Method, P extends ApiPath<Method>>(method: M, path: P, body?: BodyOf<M, P>) =>
    make()(method, path, body);
}

/**
 * `callAs` for setup and step runners, where every request must succeed: a refused one throws
 * with its method, path, status and answer. Gives the answer's body.
 */
export function succeedAs(api: TestApi, caller: Caller) {
  const call = callAs(api, caller);
  return async <M extends Method, P extends ApiPath<Method>>(
    method: M,
    path: P,
    body?: BodyOf<M, P>,
  ) => {
    const response = await call(method, path, body);
    if (response.status >= 300) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  };
}
