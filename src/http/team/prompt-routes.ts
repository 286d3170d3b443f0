import { createRoute, z } from '@hono/zod-openapi';
import {
  addPrompt,
  answerInput,
  answerPrompt,
  listPrompts,
  newPromptInput,
} from '../../app/team/prompts';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';
import { workspaceParam } from './team-schemas';

const tags = ['team'];

const PromptSchema = z.object({ key: z.string(), text: z.string(), custom: z.boolean() });
export const PromptsSchema = z
  .object({
    current: PromptSchema.extend({
      answers: z.array(
        z.object({
          id: z.string(),
          memberId: z.string(),
          name: z.string(),
          text: z.string(),
          createdAt: z.string(),
        }),
      ),
    }),
    prompts: z.array(PromptSchema),
  })
  .openapi('WaterCooler');

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/workspaces/{id}/prompts',
    tags,
    summary: "This week's water-cooler prompt with the workspace's answers, and all prompts",
    request: { params: workspaceParam },
    responses: { 200: json(PromptsSchema, 'Prompts'), ...errorResponses(401, 404) },
  }),
  add: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/prompts',
    tags,
    summary: 'Add a prompt of your own to the workspace (admins)',
    request: { params: workspaceParam, body: jsonBody(newPromptInput) },
    responses: {
      201: json(z.object({ prompt: PromptSchema }), 'Added'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  answer: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/prompts/answers',
    tags,
    summary: 'Answer a prompt; every member of the workspace sees the answer',
    request: { params: workspaceParam, body: jsonBody(answerInput) },
    responses: { 201: json(PromptsSchema, 'Answered'), ...errorResponses(400, 401, 404) },
  }),
};

export function registerPromptRoutes(app: HttpApp) {
  app.openapi(routes.list, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await listPrompts(c.get('ctx'), principalOf(c).userId, id), 200);
  });
  app.openapi(routes.add, async (c) => {
    const { id } = c.req.valid('param');
    const prompt = await addPrompt(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ prompt }, 201);
  });
  app.openapi(routes.answer, async (c) => {
    const { id } = c.req.valid('param');
    const ctx = c.get('ctx');
    return c.json(await answerPrompt(ctx, principalOf(c).userId, id, c.req.valid('json')), 201);
  });
}
