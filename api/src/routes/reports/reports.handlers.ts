import { athensYearOf, getAnnualReport } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './reports.routes.ts';

export const annual: RouteHandler<typeof routes.annual, AppEnv> = async (c) => {
  const year = c.req.valid('query').year ?? athensYearOf(new Date());
  return c.json(await getAnnualReport({ ctx: verbCtx(c), year }), 200);
};
