import type { Database } from '../create-db.ts';
import { sessions } from '../schema/index.ts';

export interface NewSession {
  id: string;
  userId: string;
  now: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
}

export async function createSession({ db, session }: { db: Database; session: NewSession }): Promise<void> {
  await db.insert(sessions).values({
    id: session.id,
    userId: session.userId,
    createdAt: session.now.toISOString(),
    lastSeenAt: session.now.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    ipAddress: session.ipAddress,
    userAgent: session.userAgent?.slice(0, 500) ?? null,
  });
}
