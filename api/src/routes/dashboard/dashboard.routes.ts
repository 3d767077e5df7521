import { createRoute, z } from '@hono/zod-openapi';
import { access, onlyRoles } from '../../auth/access.ts';
import { errorResponses, jsonContent } from '../../lib/schemas.ts';
import { DashboardCsvQuerySchema, DashboardQuerySchema, DashboardSchema } from './dashboard.schemas.ts';

const tags = ['Dashboard'];
// Officers see their own municipality's dashboard; which municipality is decided by the db verb.
const dashboardReaders = access(onlyRoles('officer', 'coordinator', 'admin'));

export const get = createRoute({
  method: 'get',
  path: '/api/dashboard',
  tags,
  summary: 'Pipeline, money, deadlines and gaps of a municipality or of the whole network',
  ...dashboardReaders,
  request: { query: DashboardQuerySchema },
  responses: { 200: jsonContent(DashboardSchema, 'The dashboard'), ...errorResponses(400, 401, 403, 404) },
});

export const csv = createRoute({
  method: 'get',
  path: '/api/dashboard.csv',
  tags,
  summary: 'One table of the dashboard as CSV (UTF-8 with BOM, for spreadsheets)',
  ...dashboardReaders,
  request: { query: DashboardCsvQuerySchema },
  responses: {
    200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400, 401, 403, 404),
  },
});
