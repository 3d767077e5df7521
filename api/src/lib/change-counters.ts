import { readChangeCounters, type ChangeCounters } from '@cni/db';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * The change counters as they stood when this request first asked: one read per request, shared by every
 * cache it consults (its session, then the page it wants).
 */
export async function requestChangeCounters(c: Context<AppEnv>): Promise<ChangeCounters> {
  const known = c.get('changeCounters');
  if (known) return known;
  const counters = await readChangeCounters(c.get('db'));
  c.set('changeCounters', counters);
  return counters;
}
