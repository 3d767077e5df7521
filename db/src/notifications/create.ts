import { randomUUID } from 'node:crypto';
import type { Database } from '../create-db.ts';
import { buildBulkInsert } from '../bulk-insert.ts';
import { notifications, type NotificationKind } from '../schema/index.ts';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  link: string;
  /** Names the event: a second notification with the same key for the same user is dropped. */
  dedupeKey: string;
}

/** Statements that notify users, each event once per user however often it is seen (for a write batch). */
export function buildNotificationInserts(rows: NewNotification[], now: Date) {
  const createdAt = now.toISOString();
  return buildBulkInsert(
    notifications,
    rows.map((row) => ({ id: randomUUID(), ...row, createdAt, readAt: null })),
    { orIgnore: true },
  );
}

export async function createNotifications({ db, rows, now }: { db: Database; rows: NewNotification[]; now: Date }): Promise<void> {
  const statements = buildNotificationInserts(rows, now);
  if (statements.length > 0) await db.$client.batch(statements, 'write');
}
