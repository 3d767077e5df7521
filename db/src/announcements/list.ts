import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { statusAt } from '../calls/call-fields.ts';
import { municipalityRefColumns, type MunicipalityRef } from '../dashboard/dashboard-scope.ts';
import { announcementOpens, announcements, announcementTargets, calls, municipalities, users } from '../schema/index.ts';
import { announcementVisibility } from './announcement-visibility.ts';

// Announcements come a few a month; the newest hundred cover years of them.
const listLimit = 100;

/**
 * The announcements the actor may read, newest first, each with its call as it stands today; `active` keeps
 * those whose call is open or forthcoming (what is worth acting on).
 */
export async function listAnnouncements({ ctx, active, now }: { ctx: Ctx; active: boolean; now: Date }) {
  const { db, actor } = ctx;
  const status = statusAt(now.toISOString());
  const rows = await db
    .select({
      id: announcements.id,
      message: announcements.message,
      createdAt: announcements.createdAt,
      authorName: users.name,
      call: {
        id: calls.id,
        title: calls.title,
        programme: calls.programme,
        funder: calls.funder,
        deadline: calls.deadline,
        status,
        budgetCents: calls.budgetCents,
      },
    })
    .from(announcements)
    .innerJoin(calls, eq(calls.id, announcements.callId))
    .leftJoin(users, eq(users.id, announcements.authorUserId))
    .where(and(announcementVisibility(db, actor), active ? inArray(status, ['open', 'forthcoming']) : undefined))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(listLimit);
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];

  const targetRows = await db
    .select({ announcementId: announcementTargets.announcementId, municipality: municipalityRefColumns })
    .from(announcementTargets)
    .innerJoin(municipalities, eq(municipalities.id, announcementTargets.municipalityId))
    .where(inArray(announcementTargets.announcementId, ids))
    .orderBy(asc(municipalities.name));
  const targetsOf = new Map<string, MunicipalityRef[]>();
  for (const row of targetRows) targetsOf.set(row.announcementId, [...(targetsOf.get(row.announcementId) ?? []), row.municipality]);
  const opened = new Set(
    (
      await db
        .select({ announcementId: announcementOpens.announcementId })
        .from(announcementOpens)
        .where(and(eq(announcementOpens.userId, actor.userId), inArray(announcementOpens.announcementId, ids)))
    ).map((row) => row.announcementId),
  );

  return rows.map(({ authorName, ...row }) => ({
    ...row,
    author: authorName === null ? null : { name: authorName },
    targetMunicipalities: targetsOf.get(row.id) ?? [],
    openedByMe: opened.has(row.id),
  }));
}
