import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/** The address people reach the product at: PUBLIC_URL when set, else the address this request came to. */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.get('config').publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
}
