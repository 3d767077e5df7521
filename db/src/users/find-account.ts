import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { memberships, municipalities, users } from '../schema/index.ts';

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  passwordHash: users.passwordHash,
  calendarToken: users.calendarToken,
  disabledAt: users.disabledAt,
  role: memberships.role,
  municipalityId: memberships.municipalityId,
  municipalitySlug: municipalities.slug,
  municipalityName: municipalities.name,
  municipalityNameEl: municipalities.nameEl,
};

function selectAccounts(db: Database) {
  return db
    .select(accountColumns)
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(municipalities, eq(municipalities.id, memberships.municipalityId));
}

export type Account = NonNullable<Awaited<ReturnType<typeof findAccountByEmail>>>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A user with role and municipality, or undefined. Users without a membership cannot act and are not found. */
export async function findAccountByEmail({ db, email }: { db: Database; email: string }) {
  const [account] = await selectAccounts(db).where(eq(users.email, normaliseEmail(email))).limit(1);
  return account;
}

export async function findAccountById({ db, userId }: { db: Database; userId: string }) {
  const [account] = await selectAccounts(db).where(eq(users.id, userId)).limit(1);
  return account;
}
