import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { jobHeartbeats } from '../schema/index.ts';

export async function recordHeartbeat({ db, job, at }: { db: Database; job: string; at: Date }): Promise<void> {
  await db
    .insert(jobHeartbeats)
    .values({ job, lastBeatAt: at.toISOString(), processId: process.pid, hostname: hostname(), beats: 1 })
    .onConflictDoUpdate({
      target: jobHeartbeats.job,
      set: {
        lastBeatAt: at.toISOString(),
        processId: process.pid,
        hostname: hostname(),
        beats: sql`${jobHeartbeats.beats} + 1`,
      },
    });
}

export async function listHeartbeats({ db }: { db: Database }) {
  return db.select().from(jobHeartbeats);
}
