import { createTheme, listThemes } from '@cni/db';
import { createRouter } from '../../lib/create-router.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import * as routes from './themes.routes.ts';

export function createThemesRouter() {
  return createRouter()
    .openapi(routes.list, async (c) => c.json(await listThemes({ db: c.get('db') }), 200))
    .openapi(routes.create, async (c) => c.json(await createTheme({ ctx: verbCtx(c), input: c.req.valid('json') }), 201));
}
