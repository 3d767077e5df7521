import { desc, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { auditLog } from '../schema/index.ts';

export async function listAuditEntries({ db, entityId, limit = 100 }: { db: Database; entityId?: string; limit?: number }) {
  const query = db.select().from(auditLog);
  const filtered = entityId ? query.where(eq(auditLog.entityId, entityId)) : query;
  return filtered.orderBy(desc(auditLog.id)).limit(limit);
}
