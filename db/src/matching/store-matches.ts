import type { InStatement } from '@libsql/client';
import type { Database } from '../create-db.ts';
import { buildNotificationInserts, type NewNotification } from '../notifications/create.ts';
import type { MatchReason } from './match-reason.ts';
import { notifyScore } from './score.ts';

export interface MatchRow {
  needId: string;
  callId: string;
  score: number;
  details: MatchReason[];
}

const rowsPerStatement = 200;

/**
 * Inserts of match rows, many per statement. A row whose need or call was deleted since the matcher read them is
 * skipped instead of failing the whole write on its foreign key.
 */
export function buildMatchInserts(rows: readonly MatchRow[], computedAt: string, serialised?: readonly string[]): InStatement[] {
  const statements: InStatement[] = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const texts = serialised?.slice(start, start + rowsPerStatement);
    statements.push({
      sql: `INSERT OR REPLACE INTO matches (need_id, call_id, score, reasons, computed_at)
            SELECT v.column1, v.column2, v.column3, v.column4, v.column5 FROM (VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}) AS v
            WHERE EXISTS (SELECT 1 FROM needs n WHERE n.id = v.column1) AND EXISTS (SELECT 1 FROM calls c WHERE c.id = v.column2)`,
      args: chunk.flatMap((row, at) => [row.needId, row.callId, row.score, texts?.[at] ?? JSON.stringify(row.details), computedAt]),
    });
  }
  return statements;
}

export interface StoredTop {
  callId: string;
  score: number;
}

export interface StoredMatch extends StoredRow {
  reasons: string;
}

/** Every stored match, read as one text (one column of one row is what libSQL returns fastest). */
export async function readAllMatches(db: Database): Promise<StoredMatch[]> {
  const result = await db.$client.execute(
    `SELECT group_concat(need_id || ' ' || call_id || ' ' || score || ' ' || reasons, char(30)) AS packed FROM matches`,
  );
  const packed = result.rows[0]?.packed;
  if (packed === null || packed === undefined) return [];
  return String(packed)
    .split('\x1e')
    .map((entry) => {
      const first = entry.indexOf(' ');
      const second = entry.indexOf(' ', first + 1);
      const third = entry.indexOf(' ', second + 1);
      return {
        needId: entry.slice(0, first),
        callId: entry.slice(first + 1, second),
        score: Number(entry.slice(second + 1, third)),
        reasons: entry.slice(third + 1),
      };
    });
}

/** Each need's ten best, best first. */
export function topTenByNeed(rows: readonly StoredRow[]): Map<string, StoredTop[]> {
  const byNeed = new Map<string, StoredTop[]>();
  for (const row of rows) {
    let list = byNeed.get(row.needId);
    if (!list) byNeed.set(row.needId, (list = []));
    list.push({ callId: row.callId, score: row.score });
  }
  for (const [needId, list] of byNeed) byNeed.set(needId, list.sort((a, b) => b.score - a.score || (a.callId < b.callId ? -1 : 1)).slice(0, 10));
  return byNeed;
}

/** Deletes of the given pairs, many per statement. */
export function buildMatchDeletes(pairs: ReadonlyArray<Pick<StoredRow, 'needId' | 'callId'>>): InStatement[] {
  const statements: InStatement[] = [];
  for (let start = 0; start < pairs.length; start += 2 * rowsPerStatement) {
    const chunk = pairs.slice(start, start + 2 * rowsPerStatement);
    statements.push({
      sql: `DELETE FROM matches WHERE (need_id, call_id) IN (VALUES ${chunk.map(() => '(?, ?)').join(', ')})`,
      args: chunk.flatMap((pair) => [pair.needId, pair.callId]),
    });
  }
  return statements;
}

/**
 * Reasons as compared between recomputes: the days left are left out, since they change every day and are
 * said afresh whenever a match is read (see match-view.ts).
 */
export function comparableReasons(serialised: string): string {
  return serialised.replace(/"(days|opensInDays)":-?\d+/g, '"$1":0');
}

/**
 * For each (need, score), how many stored matches of that need score higher, or as high with `orEqual`: one
 * index range count each.
 */
export async function countStoredAbove(db: Database, pairs: ReadonlyArray<readonly [string, number]>, { orEqual = false } = {}): Promise<number[]> {
  if (pairs.length === 0) return [];
  const result = await db.$client.execute({
    sql: `SELECT (SELECT count(*) FROM matches m WHERE m.need_id = json_extract(p.value, '$[0]') AND m.score ${orEqual ? '>=' : '>'} json_extract(p.value, '$[1]')) AS above
          FROM json_each(?) p ORDER BY p.key`,
    args: [JSON.stringify(pairs)],
  });
  return result.rows.map((row) => Number(row.above));
}

/** The stored rows of some calls, before they are replaced. */
export async function readRowsOfCalls(db: Database, callIds: readonly string[]): Promise<StoredRow[]> {
  const result = await db.$client.execute({
    sql: `SELECT need_id, call_id, score FROM matches WHERE call_id IN (SELECT value FROM json_each(?))`,
    args: [JSON.stringify(callIds)],
  });
  return result.rows.map((row) => ({ needId: String(row.need_id), callId: String(row.call_id), score: Number(row.score) }));
}

export interface StoredRow extends StoredTop {
  needId: string;
}

export interface NewTopMatch {
  needId: string;
  municipalityId: string;
  needTitle: string;
  callId: string;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** In-app notifications of new top matches to the officers of each need's municipality, for the write batch. */
export async function buildNewMatchNotifications(db: Database, matches: readonly NewTopMatch[], now: Date): Promise<InStatement[]> {
  if (matches.length === 0) return [];
  const officers = await db.$client.execute(
    `SELECT m.user_id, m.municipality_id FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.role = 'officer' AND u.disabled_at IS NULL`,
  );
  const byMunicipality = new Map<string, string[]>();
  for (const row of officers.rows) {
    const municipalityId = String(row.municipality_id);
    byMunicipality.set(municipalityId, [...(byMunicipality.get(municipalityId) ?? []), String(row.user_id)]);
  }
  const wanted = matches.filter((match) => byMunicipality.has(match.municipalityId));
  if (wanted.length === 0) return [];
  const titles = await db.$client.execute({
    sql: 'SELECT id, title FROM calls WHERE id IN (SELECT value FROM json_each(?))',
    args: [JSON.stringify([...new Set(wanted.map((match) => match.callId))])],
  });
  const titleOf = new Map(titles.rows.map((row) => [String(row.id), String(row.title)]));
  const rows: NewNotification[] = wanted.flatMap((match) =>
    (byMunicipality.get(match.municipalityId) ?? []).map((userId) => ({
      userId,
      kind: 'new-match' as const,
      title: `${shorten(titleOf.get(match.callId) ?? 'A call', 200)} → «${shorten(match.needTitle, 120)}»`,
      link: `/needs/${match.needId}`,
      dedupeKey: `match:${match.needId}:${match.callId}`,
    })),
  );
  return buildNotificationInserts(rows, now);
}

/** The pairs of a need's new top ten (best first) worth telling about: good enough and not in the top ten before. */
export function newInTopTen(newTop: readonly StoredTop[], before: readonly StoredTop[] | undefined): string[] {
  const known = new Set((before ?? []).map((entry) => entry.callId));
  return newTop
    .slice(0, 10)
    .filter((entry) => entry.score >= notifyScore && !known.has(entry.callId))
    .map((entry) => entry.callId);
}
