import { getDashboard } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import { buildCsv } from './build-csv.ts';
import { dashboardTable } from './dashboard-tables.ts';
import type * as routes from './dashboard.routes.ts';

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) =>
  c.json(await getDashboard({ ctx: verbCtx(c), slug: c.req.valid('query').municipality, now: new Date() }), 200);

export const csv: RouteHandler<typeof routes.csv, AppEnv> = async (c) => {
  const { municipality, table } = c.req.valid('query');
  const dashboard = await getDashboard({ ctx: verbCtx(c), slug: municipality, now: new Date() });
  const { header, rows } = dashboardTable(dashboard, table);
  // Table names and slugs are [a-z0-9-], so the name needs no escaping.
  const scope = dashboard.municipality?.slug ?? 'network';
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="cni-dashboard-${table}-${scope}.csv"`);
  return c.body(buildCsv(header, rows), 200);
};
