import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { buildManualCallStatements, type ManualCallFields } from '../calls/manual.ts';
import type { Database } from '../create-db.ts';
import { ForbiddenError } from '../errors.ts';
import { buildNotificationInserts } from '../notifications/create.ts';
import { resolveMunicipalitySlugs } from '../proposals/proposal-references.ts';
import { announcements, announcementTargets, memberships, users, type Role } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';

export interface NewAnnouncement {
  message: string;
  /** Municipality slugs; none means every member municipality. */
  targetMunicipalities: string[];
  call: Omit<ManualCallFields, 'official' | 'withdrawn'>;
}

const announcerRoles: readonly Role[] = ['liaison', 'admin'];

/** Who hears of an announcement: the officers of the targeted municipalities (all when none) and the coordination team. */
async function listRecipients(db: Database, municipalityIds: readonly string[]): Promise<string[]> {
  const officers = and(
    eq(memberships.role, 'officer'),
    municipalityIds.length > 0 ? inArray(memberships.municipalityId, [...municipalityIds]) : undefined,
  );
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(isNull(users.disabledAt), or(officers, eq(memberships.role, 'coordinator'))));
  return rows.map((row) => row.id);
}

/**
 * The ministry liaison announces a call to the network: the call becomes an ordinary official manual call (the
 * same statements as POST /api/calls, so it is searched and matched like any other), and the officers concerned
 * and the coordinators are notified, all in one batch: there is never a call without its announcement.
 */
export async function createAnnouncement({ ctx, input, now }: { ctx: Ctx; input: NewAnnouncement; now: Date }): Promise<{ id: string; callId: string }> {
  if (!announcerRoles.includes(ctx.actor.role)) throw new ForbiddenError('Only the ministry liaison announces calls.');
  const slugs = [...new Set(input.targetMunicipalities)];
  const targetIds = [...(await resolveMunicipalitySlugs(ctx.db, slugs)).values()];
  const recipients = await listRecipients(ctx.db, targetIds);
  const call = { id: randomUUID(), title: input.call.title };
  const id = randomUUID();
  await writeBatch(ctx.db, [
    ...(await buildManualCallStatements({ ctx, id: call.id, input: { ...input.call, official: true }, now })),
    ctx.db.insert(announcements).values({ id, callId: call.id, message: input.message, authorUserId: ctx.actor.userId, createdAt: now.toISOString() }),
    ...targetIds.map((municipalityId) => ctx.db.insert(announcementTargets).values({ announcementId: id, municipalityId })),
    ...buildNotificationInserts(
      recipients.map((userId) => ({ userId, kind: 'announcement' as const, title: call.title, link: `/calls/${call.id}`, dedupeKey: `announcement:${id}` })),
      now,
    ),
    buildAuditEntry(ctx, { action: 'announcement.create', entityType: 'announcement', entityId: id, details: { callId: call.id, targets: slugs } }),
  ]);
  return { id, callId: call.id };
}
