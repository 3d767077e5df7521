import type { Database } from '../create-db.ts';
import type { Role } from '../schema/index.ts';

/** Who is acting: what every verb needs to decide what may be seen and changed. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  municipalityId: string | null;
}

/** Where a request came from, kept in the audit log beside the actor. */
export interface RequestOrigin {
  ipAddress?: string | null;
  requestId?: string | null;
}

export interface Ctx extends RequestOrigin {
  db: Database;
  actor: Actor;
}
