import { randomUUID } from 'node:crypto';
import type { Database } from '../../create-db.ts';
import { outbox } from '../../schema/index.ts';

export interface NewMail {
  userId: string | null;
  toAddress: string;
  subject: string;
  bodyText: string;
  /** Names the mail: a second one with the same key is dropped (one digest per user and week). */
  dedupeKey: string;
}

/** Puts a mail in the outbox unless one with its key is there already; true when it was added. */
export async function enqueueMail({ db, mail, now }: { db: Database; mail: NewMail; now: Date }): Promise<boolean> {
  const result = await db
    .insert(outbox)
    .values({ id: randomUUID(), ...mail, createdAt: now.toISOString(), sentAt: null, error: null })
    .onConflictDoNothing({ target: outbox.dedupeKey });
  return result.rowsAffected === 1;
}
