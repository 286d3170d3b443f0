// The check every route test's answers go through: it must refuse what the document does not
// promise, or a server drifting from its contract would pass every test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstContract, forgetContract } from './openapi-check';

// This document stands in for the app's: read afresh here, and forgotten after, since files
// share their worker process and the contract read first is kept for the others.
beforeAll(forgetContract);
afterAll(forgetContract);
const document = {
  openapi: '3.1.0',
  paths: {
    '/api/people/{id}': {
      get: {
        responses: {
          200: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { person: { $ref: '#/components/schemas/Person' } },
                  required: ['person'],
                },
              },
            },
          },
          404: { content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Person: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          born: { type: ['string', 'null'], format: 'date' },
        },
        required: ['name'],
      },
    },
  },
};
const app = { request: () => Response.json(document) };
const answer = (status: number, body: unknown) =>
  checkAgainstContract(app, 'GET', '/api/people/p1?x=1', Response.json(body, { status }), body);

describe('checking answers against the OpenAPI document', () => {
  it('accepts an answer the document describes', async () => {
    await expect(answer(200, { person: { name: 'Ann', born: null } })).resolves.toBeUndefined();
    await expect(answer(404, { error: {} })).resolves.toBeUndefined();
  });

  it('refuses a status the operation does not list, naming the operation', async () => {
    await expect(answer(500, { error: {} })).rejects.toThrow(
      /GET \/api\/people\/\{id\} answered 500, which the OpenAPI document does not list/,
    );
  });

  it('refuses a body that does not match, with what is wrong', async () => {
    await expect(answer(200, { person: { name: 7 } })).rejects.toThrow(
      /person\/name must be string/,
    );
    await expect(answer(200, { person: { name: 'Ann', born: 'soon' } })).rejects.toThrow(
      /must match format "date"/,
    );
  });

  it('promises nothing outside the contract', async () => {
    const page = new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } });
    await expect(
      checkAgainstContract(app, 'GET', '/today', page, '<html>'),
    ).resolves.toBeUndefined();
  });
});
