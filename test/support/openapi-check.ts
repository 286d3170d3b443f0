// Holds every answer a route test sees to the OpenAPI document the app serves: the operation found
// by method and path template must document the status, and a JSON body must validate against the
// documented schema. Clients (web, CLI, generated SDKs) trust that document, so a field the
// server sends but does not declare, or a status it never mentions, is a defect the tests catch.
//
// Cheap by design: the document is read once per process and each (operation, status) schema is
// compiled once, on first use, by ajv's JSON Schema 2020-12 build (OpenAPI 3.1's dialect).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';

interface Operation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}
interface Template {
  path: string;
  pattern: RegExp;
  params: number;
}
interface Contract {
  document: Document;
  templates: Template[];
  ajv: Ajv2020;
  validators: Map<string, ValidateFunction>;
}

/** Anything that answers requests like a Hono app (the test client's in-process app). */
interface RequestHandler {
  request(url: string): Response | Promise<Response>;
}

const DOCUMENT_ID = 'rapport-openapi.json';
let contract: Promise<Contract> | undefined;

/** Fails (throws) when the answer is not what the document promises; silent otherwise. */
export async function checkAgainstContract(
  app: RequestHandler,
  method: string,
  url: string,
  response: Response,
  body: unknown,
): Promise<void> {
  const { document, templates, ajv, validators } = await prepareContract(app);
  const path = new URL(url, 'http://localhost').pathname;
  const template = templates.find((t) => t.pattern.test(path));
  const verb = method.toLowerCase();
  const operation = template && document.paths[template.path]?.[verb];
  // Outside the contract (the web app, /sw.js, an unknown path): nothing is promised.
  if (!template || !operation) return;
  const name = `${method.toUpperCase()} ${template.path}`;
  const status = String(response.status);
  const documented = operation.responses?.[status] ?? operation.responses?.default;
  if (!documented) {
    throw new Error(
      `${name} answered ${status}, which the OpenAPI document does not list ` +
        `(it lists ${Object.keys(operation.responses ?? {}).join(', ')}): ${JSON.stringify(body)}`,
    );
  }
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  if (!isJson || body === undefined) return;
  if (!documented.content?.['application/json']) {
    throw new Error(`${name} answered ${status} with JSON the document does not describe`);
  }
  const key = `${name} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const pointer = ['paths', template.path, verb, 'responses', status, 'content']
      .concat('application/json', 'schema')
      .map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1')))
      .join('/');
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
    validators.set(key, validate);
  }
  if (!validate(body)) {
    throw new Error(
      `${name} answered ${status} with a body the OpenAPI document does not allow: ` +
        `${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
}

/**
 * Reads the document once per process. The test client starts it as it is made (in a set-up
 * hook), so the seconds it takes on a loaded machine do not count against the first test.
 */
export function prepareContract(app: RequestHandler): Promise<Contract> {
  contract ??= readContract(app);
  return contract;
}

/**
 * Forgets the document read: for a test that stands another document in, since files share
 * their worker process (vitest isolate: false) and the one read first would be kept.
 */
export function forgetContract(): void {
  contract = undefined;
}

async function readContract(app: RequestHandler): Promise<Contract> {
  const document = (await (
    await app.request('http://127.0.0.1/api/openapi.json')
  ).json()) as Document;
  // strict: false — the document carries OpenAPI's own keywords (example, discriminator…).
  // validateSchema: false — checking the whole document against the meta-schema costs seconds
  // and proves nothing Redocly's lint (npm run lint:openapi) does not.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (text) => !Number.isNaN(Date.parse(text)) && /T/.test(text));
  ajv.addSchema(document, DOCUMENT_ID);
  const templates = Object.keys(document.paths)
    .map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      params: (path.match(/\{/g) ?? []).length,
    }))
    // A fixed segment wins over a parameter (/api/people/bulk before /api/people/{id}), as in
    // the router.
    .sort((a, b) => a.params - b.params);
  return { document, templates, ajv, validators: new Map() };
}
