import { asc, desc } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { outbox } from '../../schema/index.ts';

/** The newest mail in the outbox, sent or not, for admins; with the body, so mail kept without SMTP can be read. */
export async function listOutbox({ db, limit = 100 }: { db: Database; limit?: number }) {
  return db
    .select({
      id: outbox.id,
      userId: outbox.userId,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      bodyText: outbox.bodyText,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      error: outbox.error,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), asc(outbox.id))
    .limit(limit);
}
