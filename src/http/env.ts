import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app/context';

/** Who is calling: a browser session, an API token, or the CLI in the same process. */
export interface Principal {
  userId: string;
  via: 'session' | 'token' | 'local';
  sessionId?: string;
  csrfToken?: string;
}

export interface HttpEnv {
  Bindings: {
    /** Set only by the in-process CLI transport; a network request cannot set bindings. */
    localUserId?: string;
    /** Node's request, under @hono/node-server (absent in-process: the CLI, app.request). */
    incoming?: {
      socket?: { remoteAddress?: string };
      headers?: Record<string, string | string[] | undefined>;
    };
    /**
     * Node's response, under @hono/node-server: headers set on it join the answer's own;
     * `frameHeader` where it is Rapport's (framed-response.ts), which does so without a copy.
     */
    outgoing?: {
      setHeader(name: string, value: string): unknown;
      frameHeader?(name: string, value: string): void;
    };
  };
  Variables: {
    ctx: AppContext;
    principal: Principal | undefined;
    /** How many reverse proxies in front are trusted for X-Forwarded-For/-Proto (0: none). */
    trustProxyHops: number;
    /** X-Request-Id of this request (middleware/request-log), on every log line about it. */
    requestId: string;
  };
}

export type HttpApp = OpenAPIHono<HttpEnv>;
