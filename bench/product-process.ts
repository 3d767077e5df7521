import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { rematchAll, seedDemoData, seedReferenceData } from '@cni/db';
import { createTempDb, insertTestCalls, type TempDb } from '@cni/db/testing';
import { seedDemoCalls } from '@cni/jobs';
import { generateCalls } from './generate-calls.ts';

const mainPath = fileURLToPath(new URL('../api/src/main.ts', import.meta.url));
const usageReporterUrl = new URL('./report-usage.ts', import.meta.url).href;

export interface ServerMemory {
  rssMb: number;
  heapUsedMb: number;
}

export interface ProductProcess {
  url: string;
  wsUrl: string;
  pid: number;
  /** The bench's own connection to the product's database file, to check what the server stored. */
  database: TempDb;
  /** The server's memory as it reports it; `collectGarbage` first for a settled figure (between phases only). */
  memory(options?: { collectGarbage?: boolean }): Promise<ServerMemory>;
  /**
   * CPU time (user + system) the server has used so far. Per request it is the cost that other work on the
   * machine does not inflate, unlike latency and throughput.
   */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

const toMb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/**
 * The demo installation `pnpm start` makes (demo data, demo calls, matches), plus `extraCalls` generated
 * calls so that lists, counts and facets work on a realistic corpus rather than a dozen rows.
 */
async function prepareDatabase(extraCalls: number): Promise<TempDb> {
  const database = await createTempDb();
  await seedReferenceData(database.db);
  await seedDemoData(database.db);
  await seedDemoCalls({ db: database.db, log: () => {} });
  const now = new Date();
  await insertTestCalls(database.db, generateCalls(extraCalls, now), now);
  await rematchAll({ db: database.db, now });
  return database;
}

async function askUsage(child: ChildProcess, collectGarbage: boolean) {
  child.send({ type: 'usage', collectGarbage });
  const [reply] = (await once(child, 'message')) as [NodeJS.MemoryUsage & { cpuMicros: number }];
  return reply;
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the product exited (${code}) before listening:\n${output}`)));
  });
}

/**
 * The real product entry (api/src/main.ts, as `pnpm start` runs it, jobs off) in a child process on
 * 127.0.0.1: the load generator and the server then compete for the two cores as separate processes would
 * in production, and the server's event loop carries nothing of the bench. A preloaded module answers memory
 * and CPU questions over the IPC channel; the product itself is unchanged.
 */
export async function startProductProcess({ extraCalls = 2_000 } = {}): Promise<ProductProcess> {
  const database = await prepareDatabase(extraCalls);
  const child = fork(mainPath, [], {
    execArgv: [
      '--import', 'tsx', '--import', usageReporterUrl, '--expose-gc',
      // BENCH_PROFILE_DIR=dir writes the server's CPU profile there when it stops: where a request's time goes.
      ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ],
    env: { ...process.env, DATABASE_URL: database.url, HOST: '127.0.0.1', PORT: '0', JOBS: 'off', DEMO: '1' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let url: string;
  try {
    url = await waitForListening(child);
  } catch (error) {
    database.destroy();
    throw error;
  }
  // Keep draining the log so the child never blocks on a full pipe.
  child.stdout!.resume();
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    pid: child.pid!,
    database,
    async memory({ collectGarbage = false } = {}) {
      const reply = await askUsage(child, collectGarbage);
      return { rssMb: toMb(reply.rss), heapUsedMb: toMb(reply.heapUsed) };
    },
    async cpuMs() {
      return (await askUsage(child, false)).cpuMicros / 1000;
    },
    async stop() {
      // SIGTERM runs the product's own shutdown: open sections are stored before the database closes.
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      database.destroy();
    },
  };
}
