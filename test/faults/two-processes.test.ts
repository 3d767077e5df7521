import { randomUUID } from 'node:crypto';
import { createDb, seedDemoData, seedReferenceData, sources, type DbHandle } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { loggedInAs, type ApiResponse } from '../helpers/api-client.ts';
import { findFreePort, startProductProcess, type ProductProcess } from '../helpers/product-process.ts';
import { expectIntactDatabase } from './crash-checks.ts';
import { generateCallFeed, startFeedServer, type FeedServer } from './large-feed.ts';
import { requestOnNewConnection } from './request-on-new-connection.ts';

const writingMs = 10_000;
// Each run after the first changes every item: one write transaction of ~4,000 statements every two seconds.
const itemCount = 1000;
const officers = [
  { email: 'officer.athens@demo.cni.gr', municipality: 'athens' },
  { email: 'officer.piraeus@demo.cni.gr', municipality: 'piraeus' },
  { email: 'officer.larissa@demo.cni.gr', municipality: 'larissa' },
];

interface Person {
  baseUrl: string;
  cookie: string;
}

/** What the test was told was stored, to look for afterwards. */
interface Acknowledged {
  needs: Map<string, string>;
  proposals: Map<string, { title: string; version: number }>;
  comments: Set<string>;
}

describe('two product processes writing to one database file at once', () => {
  let database: TempDb | undefined;
  let reopened: DbHandle | undefined;
  let feed: FeedServer | undefined;
  const products: ProductProcess[] = [];
  afterEach(async () => {
    for (const product of products.splice(0)) await product.kill();
    await feed?.close();
    reopened?.close();
    database?.destroy();
    feed = reopened = database = undefined;
  });

  // Two product processes start, then one ingests while people write: on two busy cores (CI runs every test
  // file at once) the start-up alone can take 20 s, hence more than the default time.
  it('lets no SQLITE_BUSY reach a user and loses no acknowledged write while the other process ingests', async () => {
    feed = await startFeedServer({ feedFor: (request) => generateCallFeed(itemCount, request) });
    database = await createTempDb();
    await seedReferenceData(database.db);
    await seedDemoData(database.db);
    const sourceId = randomUUID();
    await database.db.insert(sources).values({ id: sourceId, name: 'Changing feed', kind: 'rss', url: feed.url, options: {}, schedule: '*/2 * * * * *', enabled: true });
    database.close();

    // Both processes exactly as deployed; one runs the scheduler (ingest every two seconds, the match queue,
    // the start-up jobs), both serve the API to people.
    const [collecting, serving] = await Promise.all([
      startProductProcess({ databaseUrl: database.url, port: await findFreePort(), env: { JOBS: 'on', FETCH_ALLOWLIST: '127.0.0.1' } }),
      startProductProcess({ databaseUrl: database.url, port: await findFreePort() }),
    ]);
    products.push(collecting, serving);

    const statuses = new Map<string, number>();
    const failures: string[] = [];
    const acknowledged: Acknowledged = { needs: new Map(), proposals: new Map(), comments: new Set() };
    /** One person's request; the response when it was acknowledged (2xx). A failed connection is a failure too. */
    async function send(person: Person, method: string, path: string, body?: unknown): Promise<ApiResponse | null> {
      const what = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`;
      let response: ApiResponse;
      try {
        response = await requestOnNewConnection(person.baseUrl, method, path, { cookie: person.cookie, body });
      } catch (error) {
        failures.push(`${what}: ${error instanceof Error ? `${error.message} ${String(error.cause)}` : String(error)}`);
        return null;
      }
      const key = `${what} ${response.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (response.status >= 300) failures.push(`${key}: ${JSON.stringify(response.body).slice(0, 300)}`);
      return response.status < 300 ? response : null;
    }

    /** One person editing as fast as the server answers: needs, a proposal, its title, comments. */
    async function edit(person: Person, municipality: string, worker: number, until: number): Promise<void> {
      const created = await send(person, 'POST', '/api/proposals', { title: `Πρόταση ${worker}`, leadMunicipality: municipality, template: 'blank' });
      if (!created) return;
      let proposal = { id: created.body.id as string, version: created.body.version as number };
      acknowledged.proposals.set(proposal.id, { title: `Πρόταση ${worker}`, version: proposal.version });
      for (let step = 0; Date.now() < until; step++) {
        const marker = `w${worker}-${step}`;
        const need = await send(person, 'POST', `/api/municipalities/${municipality}/needs`, { title: `Ανάγκη ${marker}`, category: 'networking' });
        if (need) {
          acknowledged.needs.set(need.body.id, `Ανάγκη ${marker}`);
          const renamed = await send(person, 'PATCH', `/api/needs/${need.body.id}`, { title: `Ανάγκη ${marker} (διόρθωση)` });
          if (renamed) acknowledged.needs.set(need.body.id, `Ανάγκη ${marker} (διόρθωση)`);
        }
        const patched = await send(person, 'PATCH', `/api/proposals/${proposal.id}`, { version: proposal.version, title: `Πρόταση ${marker}` });
        if (patched) {
          proposal = { id: proposal.id, version: patched.body.version };
          acknowledged.proposals.set(proposal.id, { title: `Πρόταση ${marker}`, version: proposal.version });
        }
        const comment = await send(person, 'POST', `/api/proposals/${proposal.id}/comments`, { body: `Σχόλιο ${marker}` });
        if (comment) acknowledged.comments.add(`Σχόλιο ${marker}`);
      }
    }

    // Sessions are rows in the shared file: a login at one process is valid at the other.
    const people = await Promise.all(officers.map((officer) => loggedInAs(serving.url, officer.email)));
    const until = Date.now() + writingMs;
    const workers = Array.from({ length: 8 }, (_, worker) => {
      const officer = worker % officers.length;
      // Half the people reach the collecting process, as behind a load balancer.
      const person = { baseUrl: worker % 2 ? collecting.url : serving.url, cookie: people[officer]!.cookie! };
      return edit(person, officers[officer]!.municipality, worker, until);
    });
    await Promise.all(workers);
    // Killed, not stopped: an ingest run may be in its write transaction, one more crash for the checks below.
    await Promise.all(products.splice(0).map((product) => product.kill()));

    expect(failures, `statuses: ${JSON.stringify(Object.fromEntries(statuses))}\n${collecting.output()}\n${serving.output()}`).toEqual([]);
    expect(`${collecting.output()}${serving.output()}`).not.toMatch(/SQLITE_BUSY|database is locked/i);

    reopened = await createDb(database.url);
    const { client } = reopened;
    await expectIntactDatabase(reopened.db);
    // The ingest really competed with the people: runs wrote calls, then changes, during the editing; none failed.
    const runs = (await client.execute({ sql: 'SELECT status, created, updated, error_code FROM source_runs WHERE source_id = ?', args: [sourceId] })).rows;
    expect(runs.filter((run) => run.status === 'error')).toEqual([]);
    expect(runs.filter((run) => run.status === 'ok' && Number(run.created) + Number(run.updated) > 0).length).toBeGreaterThanOrEqual(2);

    const needs = new Map((await client.execute('SELECT id, title FROM needs')).rows.map((row) => [String(row.id), String(row.title)]));
    for (const [id, title] of acknowledged.needs) expect(needs.get(id)).toBe(title);
    const proposals = new Map((await client.execute('SELECT id, title, version FROM proposals')).rows.map((row) => [String(row.id), { title: String(row.title), version: Number(row.version) }]));
    for (const [id, proposal] of acknowledged.proposals) expect(proposals.get(id)).toEqual(proposal);
    const comments = new Set((await client.execute('SELECT body FROM proposal_comments')).rows.map((row) => String(row.body)));
    expect([...acknowledged.comments].filter((body) => !comments.has(body))).toEqual([]);
    // Enough traffic to mean something: every person went round their writes at least twice.
    expect(acknowledged.comments.size).toBeGreaterThanOrEqual(16);
  }, 90_000);
});
