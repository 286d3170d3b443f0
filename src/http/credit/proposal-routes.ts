import { createRoute, z } from '@hono/zod-openapi';
import {
  decideProposal,
  decisionInput,
  documentInput,
  getProposal,
  proposalAnswers,
  proposalDocument,
  saveProposal,
} from '../../app/credit/proposal';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';
import { ProposalDocumentSchema, ProposalSchema } from './credit-schemas';

const Envelope = z.object({ proposal: ProposalSchema.nullable() });
const tags = ['credit'];

export const routes = {
  read: createRoute({
    method: 'get',
    path: '/api/proposal',
    tags,
    summary: 'Your remote-work proposal answers and the decision so far',
    responses: { 200: json(Envelope, 'The proposal, or null'), ...errorResponses(401) },
  }),
  save: createRoute({
    method: 'put',
    path: '/api/proposal',
    tags,
    summary: 'Save your answers (role fit, deliverables, availability, trial…)',
    request: { body: jsonBody(proposalAnswers) },
    responses: { 200: json(Envelope, 'Saved'), ...errorResponses(400, 401, 403, 413) },
  }),
  decide: createRoute({
    method: 'post',
    path: '/api/proposal/decision',
    tags,
    summary: 'Record the answer; "not now" sets a date to revisit, shown on Today',
    request: { body: jsonBody(decisionInput) },
    responses: { 200: json(Envelope, 'Recorded'), ...errorResponses(400, 401, 403, 404, 413) },
  }),
  document: createRoute({
    method: 'get',
    path: '/api/proposal/document',
    tags,
    summary: 'The proposal written out, with evidence from your logs (Markdown, HTML, text)',
    request: { query: documentInput },
    responses: {
      200: json(ProposalDocumentSchema, 'The document'),
      ...errorResponses(400, 401),
    },
  }),
};

export function registerProposalRoutes(app: HttpApp) {
  app.openapi(routes.read, async (c) => {
    return c.json({ proposal: await getProposal(c.get('ctx'), principalOf(c).userId) }, 200);
  });
  app.openapi(routes.save, async (c) => {
    return c.json(
      { proposal: await saveProposal(c.get('ctx'), principalOf(c).userId, c.req.valid('json')) },
      200,
    );
  });
  app.openapi(routes.decide, async (c) => {
    return c.json(
      { proposal: await decideProposal(c.get('ctx'), principalOf(c).userId, c.req.valid('json')) },
      200,
    );
  });
  app.openapi(routes.document, async (c) => {
    return c.json(
      await proposalDocument(c.get('ctx'), principalOf(c).userId, c.req.valid('query')),
      200,
    );
  });
}
