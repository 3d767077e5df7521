import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoLessons } from '../lessons/demo-lessons.data.ts';
import { lessonPhases, sharingLevels } from '../schema/index.ts';
import { seedDemoData, seedReferenceData } from '../seed/seed.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { pastProposals } from './outcome-demo-history.data.ts';
import { seedDemoHistory } from './outcome-demo-history.ts';

async function rows(handle: TempDb, sql: string) {
  return (await handle.client.execute(sql)).rows.map((row) => ({ ...row }));
}

describe('seedDemoHistory', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
  });
  afterEach(() => handle.destroy());

  it('adds nothing when run again', async () => {
    const snapshot = async () => ({
      proposals: await rows(handle, 'SELECT * FROM proposals ORDER BY id'),
      changes: await rows(handle, 'SELECT * FROM proposal_status_changes ORDER BY id'),
      outcomes: await rows(handle, 'SELECT * FROM proposal_outcomes ORDER BY proposal_id'),
      lessons: await rows(handle, 'SELECT * FROM lessons ORDER BY id'),
    });
    const first = await snapshot();
    await seedDemoHistory(handle.db);
    expect(await snapshot()).toEqual(first);
    expect(first.lessons).toHaveLength(demoLessons.length);
  });

  it('dates every status change and keeps amounts and outcomes of decided proposals', async () => {
    const titles = pastProposals.map((past) => past.title);
    const stored = (await rows(handle, 'SELECT id, title, status, requested_cents, awarded_cents FROM proposals')).filter((row) => titles.includes(row.title as string));
    expect(stored).toHaveLength(pastProposals.length);
    expect(new Set(stored.map((row) => row.status))).toEqual(new Set(['submitted', 'awarded', 'rejected', 'withdrawn']));
    for (const past of pastProposals) {
      const proposal = stored.find((row) => row.title === past.title)!;
      const changes = await rows(handle, `SELECT from_status, to_status, at FROM proposal_status_changes WHERE proposal_id = '${proposal.id}' ORDER BY at`);
      expect(changes.map((change) => change.to_status)).toEqual(past.history.map(([status]) => status));
      expect(changes.map((change) => (change.at as string).slice(0, 10))).toEqual(past.history.map(([, day]) => day));
      if (proposal.status === 'awarded') expect(proposal.awarded_cents).toBeGreaterThan(0);
    }
    const years = new Set(pastProposals.map((past) => past.history.find(([status]) => status === 'submitted')?.[1].slice(0, 4)).filter(Boolean));
    expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
    const outcomes = await rows(handle, 'SELECT evaluator_score, feedback FROM proposal_outcomes WHERE evaluator_score IS NOT NULL');
    expect(outcomes.length).toBeGreaterThan(5);
  });

  it('writes lessons at every sharing level and phase, linked to their proposals, searchable', async () => {
    const lessons = await rows(handle, 'SELECT l.sharing, l.phase, l.programme, l.proposal_id, l.municipality_id, l.search_terms FROM lessons l');
    expect(new Set(lessons.map((lesson) => lesson.sharing))).toEqual(new Set(sharingLevels));
    expect(new Set(lessons.map((lesson) => lesson.phase))).toEqual(new Set(lessonPhases));
    expect(lessons.filter((lesson) => lesson.programme === 'esf-plus').length).toBeGreaterThanOrEqual(4);
    expect(lessons.filter((lesson) => lesson.proposal_id !== null).length).toBe(demoLessons.filter((lesson) => lesson.proposal).length);
    const indexed = await rows(handle, `SELECT count(*) AS n FROM lesson_fts WHERE lesson_fts MATCH '"μεταναστ"'`);
    expect(Number(indexed[0]!.n)).toBeGreaterThan(0);
  });
});
