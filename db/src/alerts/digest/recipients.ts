import { asc, isNull } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { users } from '../../schema/index.ts';

/** Everyone who may still log in: disabled accounts get no mail. */
export async function listDigestRecipients({ db }: { db: Database }) {
  return db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(isNull(users.disabledAt)).orderBy(asc(users.email));
}
