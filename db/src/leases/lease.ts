import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { leases } from '../schema/index.ts';
import { isDeadLocalHolder } from './lease-holder.ts';

/**
 * Takes the named lease for `holder` unless another holder has an unexpired one. One INSERT … ON CONFLICT
 * statement, so two processes racing for it cannot both win.
 */
export async function acquireLease({ db, name, holder, ttlMs, now }: { db: Database; name: string; holder: string; ttlMs: number; now: Date }) {
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  const result = await db
    .insert(leases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: leases.name,
      set: { holder, expiresAt },
      setWhere: sql`${leases.expiresAt} <= ${nowIso} OR ${leases.holder} = ${holder}`,
    });
  return result.rowsAffected === 1;
}

export async function releaseLease({ db, name, holder }: { db: Database; name: string; holder: string }): Promise<void> {
  await db.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder)));
}

/**
 * Frees the leases whose holder process on this host is gone (killed, power cut): a restarted product would
 * otherwise wait out their expiry, up to a quarter of an hour for a source, before "run now" works again.
 */
export async function releaseDeadLeases({ db, now }: { db: Database; now: Date }): Promise<number> {
  const held = await db.select({ name: leases.name, holder: leases.holder }).from(leases).where(gt(leases.expiresAt, now.toISOString()));
  let released = 0;
  for (const lease of held) {
    if (!isDeadLocalHolder(lease.holder)) continue;
    const result = await db.delete(leases).where(and(eq(leases.name, lease.name), eq(leases.holder, lease.holder)));
    released += result.rowsAffected;
  }
  return released;
}

export async function findLease({ db, name }: { db: Database; name: string }) {
  const [lease] = await db.select().from(leases).where(eq(leases.name, name)).limit(1);
  return lease;
}
