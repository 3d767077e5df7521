import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { outbox } from '../../schema/index.ts';

/** Unsent mail created since `since` (ISO), oldest first: older mail is stale and no longer tried. */
export async function listPendingMail({ db, since, limit = 200 }: { db: Database; since: string; limit?: number }) {
  return db
    .select({ id: outbox.id, toAddress: outbox.toAddress, subject: outbox.subject, bodyText: outbox.bodyText })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), gte(outbox.createdAt, since)))
    .orderBy(asc(outbox.createdAt), asc(outbox.id))
    .limit(limit);
}

export async function markMailSent({ db, id, at }: { db: Database; id: string; at: Date }): Promise<void> {
  await db.update(outbox).set({ sentAt: at.toISOString(), error: null }).where(eq(outbox.id, id));
}

/** Keeps the last delivery error for admins to read; the mail stays pending and is tried again. */
export async function markMailFailed({ db, id, error }: { db: Database; id: string; error: string }): Promise<void> {
  await db.update(outbox).set({ error: error.slice(0, 1000) }).where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}
