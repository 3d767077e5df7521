import { and, eq, gte, inArray, type SQL } from 'drizzle-orm';
import { statusAt } from '../calls/call-fields.ts';
import { topTierFloor } from '../matching/score.ts';
import { matches, needs, type CallStatus, type NeedStatus } from '../schema/index.ts';
import type { DashboardScope } from './dashboard-scope.ts';

/** Needs still waiting for funding; addressed and archived ones need no call. */
export const openNeedStatuses = ['identified', 'in-progress'] as const satisfies readonly NeedStatus[];

/** The scope's open needs. */
export function openNeedsOf(scope: DashboardScope): SQL | undefined {
  return and(inArray(needs.status, openNeedStatuses), scope ? eq(needs.municipalityId, scope.id) : undefined);
}

/**
 * A stored match that still counts as a real funding chance now: upper tier, with a call whose status is one of
 * `statuses` today. The status is computed again because stored scores are as old as the last recompute, and a
 * call may have closed since.
 */
export function liveTopMatch(nowIso: string, statuses: readonly CallStatus[]): SQL {
  return and(gte(matches.score, topTierFloor), inArray(statusAt(nowIso), statuses))!;
}
