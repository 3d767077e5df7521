import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env.ts';

/**
 * Serves the built Solid app: hashed assets cached for a year, every other non-API path answered with
 * index.html so that the client-side router can take deep links such as /municipalities/athens.
 */
export function mountWeb(app: Hono<AppEnv>, staticRoot: string): void {
  const indexPath = join(staticRoot, 'index.html');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root: staticRoot }));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The web app is not built. Run `pnpm build` (or `pnpm start`, which builds it).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
