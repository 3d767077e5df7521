import { listProposalTemplates, saveProposalTemplate } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './proposal-templates.routes.ts';

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) => c.json(await listProposalTemplates({ db: c.get('db') }), 200);

export const save: RouteHandler<typeof routes.save, AppEnv> = async (c) =>
  c.json(await saveProposalTemplate({ ctx: verbCtx(c), key: c.req.valid('param').key, input: c.req.valid('json') }), 200);
