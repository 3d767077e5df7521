import { createRoute } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonContent } from '../../lib/schemas.ts';
import { AnnualReportQuerySchema, AnnualReportSchema } from './reports.schemas.ts';

export const annual = createRoute({
  method: 'get',
  path: '/api/reports/annual',
  tags: ['Reports'],
  summary: '“CNI in numbers”: what the network recorded, collected, submitted and won in a year',
  ...access(anyMember),
  request: { query: AnnualReportQuerySchema },
  responses: { 200: jsonContent(AnnualReportSchema, 'The year in numbers'), ...errorResponses(400, 401) },
});
