import { addDays, calendarDateIn } from './calendar-date.ts';
import type { DiavgeiaOptions } from './diavgeia.ts';

/**
 * The Lucene query of Diavgeia's advanced search: the organisations, the words the subject must hold, and an
 * issue-date window ending today in Athens. Diavgeia cuts windows to 180 days, so a longer one would silently
 * lose its oldest decisions; the options schema refuses it.
 */
export function buildDiavgeiaQuery(options: DiavgeiaOptions, now: Date): string {
  const organizations = options.organizationUids.map((uid) => `organizationUid:"${uid}"`);
  const organizationClause = organizations.length === 1 ? organizations[0] : `(${organizations.join(' OR ')})`;
  const subjectClauses = options.terms.map((term) => `subject:"${escapePhrase(term)}"`);
  const today = calendarDateIn(now, 'Europe/Athens');
  const from = addDays(today, 1 - options.daysBack);
  const dateClause = `issueDate:[DT(${from}T00:00:00) TO DT(${today}T23:59:59)]`;
  return [organizationClause, ...subjectClauses, dateClause].join(' AND ');
}

function escapePhrase(term: string): string {
  return term.replace(/["\\]/g, (character) => `\\${character}`);
}
