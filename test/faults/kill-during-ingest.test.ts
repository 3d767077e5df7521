import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createDb, findLease, listRuns, sources, type DbHandle } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { createIngestServices, runSource, startScheduler } from '@cni/jobs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTsxProcess, type TsxProcess } from '../helpers/product-process.ts';
import { countHalfWrittenCalls, expectIntactDatabase } from './crash-checks.ts';
import { generateCallFeed, startFeedServer, type FeedServer } from './large-feed.ts';

const ingestProcess = fileURLToPath(new URL('./ingest-process.ts', import.meta.url));
// Large enough that the run's write transaction lasts long enough to be killed inside (~0.3 s here).
const itemCount = 4000;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a collector run killed with SIGKILL', () => {
  let database: TempDb | undefined;
  let reopened: DbHandle | undefined;
  let feed: FeedServer | undefined;
  let child: TsxProcess | undefined;
  afterEach(async () => {
    await child?.kill();
    await feed?.close();
    reopened?.close();
    database?.destroy();
    child = feed = reopened = database = undefined;
  });

  /** A database file with one feed source, closed in this process so that only the child has it open. */
  async function prepare({ stallFirst }: { stallFirst: boolean }) {
    feed = await startFeedServer({ feedFor: () => generateCallFeed(itemCount), stallFirst });
    database = await createTempDb();
    const sourceId = randomUUID();
    // A schedule that never comes round during the test: the re-run below is started by hand, like "run now".
    await database.db.insert(sources).values({ id: sourceId, name: 'Large feed', kind: 'rss', url: feed.url, options: {}, schedule: '0 0 1 1 *', enabled: true });
    database.close();
    child = startTsxProcess(ingestProcess, { DATABASE_URL: database.url, SOURCE_ID: sourceId });
    return { url: database.url, sourceId };
  }

  /**
   * Start-up after the crash, in a new process (this one), the way the product starts: the database opened by
   * createDb, the scheduler started, whose first source sync marks runs of dead processes interrupted. The
   * clock is put past the dead process's source lease (15 minutes): until it lapses the product cannot tell a
   * dead holder from a live one, so the run still reads "running" and the source answers busy.
   */
  async function restartAndCheck(url: string, sourceId: string, { committed }: { committed: boolean }) {
    reopened = await createDb(url);
    const { db } = reopened;
    await expectIntactDatabase(db);
    const afterCrash = await countHalfWrittenCalls(db);
    expect(afterCrash).toEqual({ calls: committed ? itemCount : 0, withoutSearch: 0, withoutSource: 0 });
    const [crashed] = await listRuns({ db, sourceId });
    expect(crashed).toMatchObject({ status: 'running', finishedAt: null });

    const lease = await findLease({ db, name: `source:${sourceId}` });
    const lapsed = new Date(Date.parse(lease!.expiresAt) + 1000);
    const ingest = createIngestServices({ allowlist: ['127.0.0.1'] });
    const scheduler = startScheduler({ db, jobs: [], sources: ingest, now: () => lapsed, log: () => {} });
    await waitFor(async () => (await listRuns({ db, sourceId }))[0]!.status === 'interrupted', 'the run to show interrupted');
    await scheduler.stop();
    expect((await listRuns({ db, sourceId }))[0]).toMatchObject({ id: crashed!.id, error: { code: 'interrupted' }, finishedAt: lapsed.toISOString() });

    const rerun = await runSource({ ...ingest, db, now: () => lapsed }, sourceId);
    expect(rerun).toMatchObject({ outcome: 'ran', run: { status: 'ok', created: committed ? 0 : itemCount } });
    expect(await countHalfWrittenCalls(db)).toEqual({ calls: itemCount, withoutSearch: 0, withoutSource: 0 });
    expect((await listRuns({ db, sourceId })).map((run) => run.status)).toEqual(['ok', 'interrupted']);
    await expectIntactDatabase(db);
  }

  it('in the middle of fetching its feed: the run shows interrupted after restart and a re-run writes every call', async () => {
    const { url, sourceId } = await prepare({ stallFirst: true });
    // Half the feed is on its way and the rest never comes: the process is inside its fetch.
    await waitFor(async () => feed!.requests() > 0, 'the feed request');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await child!.kill();
    await restartAndCheck(url, sourceId, { committed: false });
  });

  // Two moments inside the transaction: at its first statement, and well into it.
  it.each([0, 150])('%i ms into its write transaction: no call is half-written, and a re-run writes them all', async (delayMs) => {
    const { url, sourceId } = await prepare({ stallFirst: false });
    await child!.waitForOutput(/write transaction begins: \d+ statements/);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await child!.kill();
    expect(child!.output(), 'the transaction committed before the kill: make the feed larger').not.toMatch(/write transaction committed/);
    await restartAndCheck(url, sourceId, { committed: false });
  });

  it('as soon as its calls are visible to another process: every call is whole, and a re-run writes none again', async () => {
    const { url, sourceId } = await prepare({ stallFirst: false });
    // Another connection sees calls only once a transaction holding them committed; kill at the first sight.
    const watcher = await createDb(url);
    try {
      await waitFor(async () => Number((await watcher.client.execute('SELECT count(*) FROM calls')).rows[0]![0]) > 0, 'calls to appear', 40_000);
      await child!.kill();
    } finally {
      watcher.close();
    }
    expect(child!.output()).not.toMatch(/run finished/);
    await restartAndCheck(url, sourceId, { committed: true });
  });
});
