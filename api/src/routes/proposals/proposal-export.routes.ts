import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses } from '../../lib/schemas.ts';
import { ProposalParam } from './proposals.schemas.ts';

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ExportQuery = z.object({ lang: z.enum(['el', 'en']).default('el').openapi({ description: 'Language of the labels; the text is as written' }) });

export const exportDocx = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/export.docx',
  tags: ['Proposals'],
  summary: 'The proposal as a Word document: sections and the budget table',
  ...access(anyMember),
  request: { params: ProposalParam, query: ExportQuery },
  responses: {
    200: { description: 'DOCX file', content: { [docxMediaType]: { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(400, 401, 404),
  },
});

export const exportMarkdown = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/export.md',
  tags: ['Proposals'],
  summary: 'The proposal as Markdown',
  ...access(anyMember),
  request: { params: ProposalParam, query: ExportQuery },
  responses: {
    200: { description: 'Markdown file', content: { 'text/markdown': { schema: z.string() } } },
    ...errorResponses(400, 401, 404),
  },
});
