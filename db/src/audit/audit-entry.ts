import type { Actor, RequestOrigin } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { auditLog } from '../schema/index.ts';

export interface AuditCtx extends RequestOrigin {
  db: Database;
  /** null for the system itself (seed, scheduler) and for anonymous events such as a failed login. */
  actor: Actor | null;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  municipalityId?: string | null;
  details?: Record<string, unknown>;
}

/** The insert of one audit row, to be written in the same batch as the change it records. */
export function buildAuditEntry(ctx: AuditCtx, input: AuditInput) {
  return ctx.db.insert(auditLog).values({
    actorUserId: ctx.actor?.userId ?? null,
    actorEmail: ctx.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    municipalityId: input.municipalityId ?? null,
    details: input.details ?? null,
    ipAddress: ctx.ipAddress ?? null,
    requestId: ctx.requestId ?? null,
  });
}

export async function recordAudit(ctx: AuditCtx, input: AuditInput): Promise<void> {
  await buildAuditEntry(ctx, input);
}
