import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sources } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { createIngestServices, runSource } from '@cni/jobs';
import Parser from 'rss-parser';
import { generateFeed } from './generate-feed.ts';

const items = 10_000;
const repeats = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/**
 * The longest time the event loop was held while `work` ran: the product's requests wait that long behind an
 * ingest when the scheduler runs in the serving process, as it does by default.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ ms: number; stallMs: number; result: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timed = await time(work);
  histogram.disable();
  return { ...timed, stallMs: histogram.max / 1e6 };
}

async function snapshot(handle: TempDb): Promise<string> {
  const tables = ['calls', 'call_sources', 'call_revisions'];
  const results = await Promise.all(tables.map((table) => handle.client.execute(`SELECT count(*), total(length(CAST(rowid AS TEXT))) FROM ${table}`)));
  const checksum = await handle.client.execute('SELECT group_concat(id || updated_at) FROM (SELECT id, updated_at FROM calls ORDER BY id)');
  return JSON.stringify([results.map((result) => result.rows[0]), checksum.rows[0]]);
}

/**
 * Ingest of a generated 10k-item feed through the whole pipeline (HTTP fetch, decode, parse, normalise,
 * de-duplicate, write) against parsing the same XML alone, and a second ingest that must write nothing.
 */
export async function benchIngest() {
  const xml = generateFeed(items);
  const parser = new Parser();
  const parseTimes: number[] = [];
  for (let run = 0; run < repeats; run++) parseTimes.push((await time(() => parser.parseString(xml))).ms);

  // No ETag or Last-Modified: the second ingest must skip unchanged items by content hash, not by a 304.
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(xml));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const ingest = createIngestServices({ allowlist: ['127.0.0.1'] });

  const ingestTimes: number[] = [];
  const stalls: number[] = [];
  const secondTimes: number[] = [];
  let created = 0;
  let secondWritten = -1;
  let unchangedDatabase = true;
  for (let run = 0; run < repeats; run++) {
    const handle = await createTempDb();
    const sourceId = randomUUID();
    await handle.db.insert(sources).values({ id: sourceId, name: 'bench', kind: 'rss', url, options: {}, schedule: '0 * * * *', enabled: true });
    const deps = { ...ingest, db: handle.db, now: () => new Date('2026-11-26T10:00:00Z') };
    const first = await longestStall(() => runSource(deps, sourceId));
    if (first.result.outcome !== 'ran' || first.result.run.status !== 'ok') throw new Error(`bench ingest failed: ${JSON.stringify(first.result)}`);
    created = first.result.run.created;
    ingestTimes.push(first.ms);
    stalls.push(first.stallMs);
    const before = await snapshot(handle);
    const second = await time(() => runSource(deps, sourceId));
    if (second.result.outcome !== 'ran') throw new Error('second ingest did not run');
    secondWritten = second.result.run.created + second.result.run.updated;
    unchangedDatabase &&= (await snapshot(handle)) === before;
    secondTimes.push(second.ms);
    handle.destroy();
  }
  server.close();

  const parseMs = median(parseTimes);
  const ingestMs = median(ingestTimes);
  return {
    items,
    callsCreated: created,
    parseOnlyMs: Math.round(parseMs),
    ingestMs: Math.round(ingestMs),
    ingestToParseRatio: Number((ingestMs / parseMs).toFixed(2)),
    targetRatio: 1.5,
    longestEventLoopStallMs: Math.round(median(stalls)),
    secondIngestMs: Math.round(median(secondTimes)),
    secondIngestRowsWritten: unchangedDatabase ? secondWritten : Number.NaN,
  };
}
