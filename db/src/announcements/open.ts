import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { announcementOpens, announcements } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { announcementVisibility } from './announcement-visibility.ts';

/**
 * Records that the actor opened an announcement, once: the first opening is what the liaison's reach table
 * shows, so later ones change nothing. An announcement the actor may not read does not exist for them (404).
 */
export async function markAnnouncementOpened({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }): Promise<void> {
  const { db, actor } = ctx;
  const [announcement] = await db
    .select({ id: announcements.id, openedAt: announcementOpens.openedAt })
    .from(announcements)
    .leftJoin(announcementOpens, and(eq(announcementOpens.announcementId, announcements.id), eq(announcementOpens.userId, actor.userId)))
    .where(and(eq(announcements.id, id), announcementVisibility(db, actor)))
    .limit(1);
  if (!announcement) throw new NotFoundError('Announcement not found.');
  if (announcement.openedAt !== null) return;
  await writeBatch(db, [
    // Two tabs opening it at once: the second insert is ignored, and only its audit row remains of it.
    db
      .insert(announcementOpens)
      .values({ announcementId: id, userId: actor.userId, municipalityId: actor.municipalityId, openedAt: now.toISOString() })
      .onConflictDoNothing(),
    buildAuditEntry(ctx, { action: 'announcement.open', entityType: 'announcement', entityId: id, municipalityId: actor.municipalityId }),
  ]);
}
