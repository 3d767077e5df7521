import { listThemes } from '@cni/db';
import { createRouter } from '../../lib/create-router.ts';
import * as routes from './themes.routes.ts';

export function createThemesRouter() {
  return createRouter().openapi(routes.list, async (c) => c.json(await listThemes({ db: c.get('db') }), 200));
}
