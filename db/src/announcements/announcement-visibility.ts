import { and, eq, exists, notExists, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { announcementTargets, announcements } from '../schema/index.ts';

/**
 * Who reads an announcement: an officer those for their municipality and those for everyone (no targets);
 * the rest of the network every one. As a WHERE condition on `announcements` (undefined: no restriction).
 */
export function announcementVisibility(db: Database, actor: Actor): SQL | undefined {
  if (actor.role !== 'officer') return undefined;
  const targetsWhere = (condition?: SQL) =>
    db
      .select({ municipalityId: announcementTargets.municipalityId })
      .from(announcementTargets)
      .where(and(eq(announcementTargets.announcementId, announcements.id), condition));
  return or(notExists(targetsWhere()), exists(targetsWhere(eq(announcementTargets.municipalityId, actor.municipalityId ?? ''))));
}
