import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../create-db.ts';
import { ValidationError } from '../errors.ts';
import { memberships, users, type Role } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { buildAuditEntry, type AuditCtx } from '../audit/audit-entry.ts';
import { normaliseEmail } from './find-account.ts';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  municipalityId: string | null;
}

export function newCalendarToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The inserts of a user and their membership, which only ever exist together. */
export function buildUserInserts(db: Database, id: string, input: NewUser) {
  return [
    db.insert(users).values({
      id,
      email: normaliseEmail(input.email),
      name: input.name,
      passwordHash: input.passwordHash,
      calendarToken: newCalendarToken(),
    }),
    db.insert(memberships).values({ userId: id, role: input.role, municipalityId: input.municipalityId }),
  ];
}

/** Creates a user and their membership together; officers must belong to a municipality, others must not. */
export async function createUser(ctx: AuditCtx & { db: Database }, input: NewUser): Promise<string> {
  if ((input.role === 'officer') !== (input.municipalityId !== null)) {
    throw new ValidationError('An officer belongs to exactly one municipality; other roles to none.');
  }
  const id = randomUUID();
  await writeBatch(ctx.db, [
    ...buildUserInserts(ctx.db, id, input),
    buildAuditEntry(ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      municipalityId: input.municipalityId,
      details: { email: normaliseEmail(input.email), role: input.role },
    }),
  ]);
  return id;
}
