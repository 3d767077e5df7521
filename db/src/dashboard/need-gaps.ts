import { and, asc, eq, notExists } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { calls, matches, municipalities, needs } from '../schema/index.ts';
import { liveTopMatch, openNeedsOf } from './call-coverage.ts';
import { municipalityRefColumns, type DashboardScope, type MunicipalityRef } from './dashboard-scope.ts';

export interface NeedGap {
  needId: string;
  title: string;
  category: string;
  municipality: MunicipalityRef;
}

/**
 * The scope's open needs that no open or forthcoming call fits (no upper-tier match): where the network has to
 * look for money elsewhere or lobby for a call. By municipality, most urgent first.
 */
export async function listNeedGaps({ db, scope, now }: { db: Database; scope: DashboardScope; now: Date }): Promise<NeedGap[]> {
  const coveringMatch = db
    .select({ callId: matches.callId })
    .from(matches)
    .innerJoin(calls, eq(calls.id, matches.callId))
    .where(and(eq(matches.needId, needs.id), liveTopMatch(now.toISOString(), ['open', 'forthcoming'])));
  return db
    .select({ needId: needs.id, title: needs.title, category: needs.category, municipality: municipalityRefColumns })
    .from(needs)
    .innerJoin(municipalities, eq(municipalities.id, needs.municipalityId))
    .where(and(openNeedsOf(scope), notExists(coveringMatch)))
    .orderBy(asc(municipalities.name), asc(needs.priority), asc(needs.title));
}
