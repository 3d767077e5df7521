import { randomUUID } from 'node:crypto';
import { buildBulkInsert, needs, rematchAll, rematchCalls, seedDemoData, seedReferenceData } from '@cni/db';
import { insertTestCalls, type TempDb } from '@cni/db/testing';
import { generateCalls } from './generate-calls.ts';

const needCount = 1_000;
const newCalls = 20;
const now = new Date('2026-11-26T10:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** 1,000 needs: the demo needs of the 18 municipalities, each written again with other wording and budgets. */
async function seedNeeds(handle: TempDb): Promise<void> {
  await seedReferenceData(handle.db);
  await seedDemoData(handle.db);
  const demo = await handle.db.select().from(needs);
  const variations = ['', ' (δεύτερη φάση)', ' για νέους', ' σε συνεργασία με ΜΚΟ', ' στις γειτονιές', ' για γυναίκες'];
  const rows = Array.from({ length: needCount - demo.length }, (_, index) => {
    const model = demo[index % demo.length]!;
    return {
      ...model,
      id: randomUUID(),
      title: `${model.title}${variations[index % variations.length]}`,
      estimatedBudgetCents: model.estimatedBudgetCents === null ? null : model.estimatedBudgetCents + (index % 7) * 1_000_000,
    };
  });
  await handle.client.batch(buildBulkInsert(needs, rows), 'write');
}

/**
 * Matching on the search corpus (100,000 calls) and 1,000 needs: a full re-match, then new calls matched one at
 * a time as a collector run would hand them over.
 */
export async function benchMatch(handle: TempDb) {
  await seedNeeds(handle);
  const first = performance.now();
  const initial = await rematchAll({ db: handle.db, now });
  const firstMs = performance.now() - first;
  const again = performance.now();
  await rematchAll({ db: handle.db, now });
  const fullMs = performance.now() - again;

  const incremental: number[] = [];
  for (const fields of generateCalls(newCalls, new Date(now.getTime() + 1))) {
    const [id] = await insertTestCalls(handle.db, [{ ...fields, url: `${fields.url}/new/${randomUUID()}`, reference: null }], now);
    const start = performance.now();
    await rematchCalls({ db: handle.db, callIds: [id!], now });
    incremental.push(performance.now() - start);
  }
  return {
    calls: 100_000,
    needs: needCount,
    matchesStored: initial.matches,
    firstFullRematchMs: Math.round(firstMs),
    fullRematchMs: Math.round(fullMs),
    targetFullMs: 3_000,
    incrementalOneCallMedianMs: Number(median(incremental).toFixed(1)),
    incrementalOneCallMaxMs: Number(Math.max(...incremental).toFixed(1)),
    targetIncrementalMs: 10,
  };
}
