import { createManualCall, findAccountByEmail, listSources, type Database } from '@cni/db';
import { createFetchDocument } from '../fetch/fetch-document.ts';
import type { FetchDocument } from '../fetch/types.ts';
import { connectors } from '../ingest/connector-registry.ts';
import { runSource } from '../ingest/run-source.ts';
import { demoManualCalls } from './demo-manual-calls.data.ts';
import { startFixtureServer } from './fixture-server.ts';

/** Sends every request to the fixture server instead of the real host, keeping path and query. */
function redirectToFixtures(fetchDocument: FetchDocument, fixtureOrigin: string): FetchDocument {
  return (request) => {
    const original = new URL(request.url);
    return fetchDocument({ ...request, url: `${fixtureOrigin}${original.pathname}${original.search}` });
  };
}

/**
 * Fills a demo database with calls from every connector kind, offline: each default source runs through the
 * real pipeline, with its requests answered by the snapshot documents in jobs/fixtures. Then a few official
 * calls entered as the ministry liaison. Returns what each source run reported.
 */
export async function seedDemoCalls({ db, log = console.log }: { db: Database; log?: (message: string) => void }) {
  const server = await startFixtureServer();
  const reports: string[] = [];
  try {
    const fetchDocument = redirectToFixtures(createFetchDocument({ allowlist: ['127.0.0.1'] }), server.url);
    const deps = { db, fetchDocument, connectors, now: () => new Date(), holder: `demo-seed:${process.pid}` };
    for (const source of await listSources({ db })) {
      if (source.kind === 'manual') continue;
      const result = await runSource(deps, source.id);
      if (result.outcome === 'ran') {
        const { run } = result;
        reports.push(`${source.name}: ${run.status}, ${run.created} new${run.error ? ` (${run.error.code}: ${run.error.message})` : ''}`);
      }
    }
  } finally {
    await server.close();
  }
  const liaison = await findAccountByEmail({ db, email: 'liaison@demo.cni.gr' });
  if (liaison) {
    const actor = { userId: liaison.id, email: liaison.email, role: liaison.role, municipalityId: null };
    for (const input of demoManualCalls(new Date())) await createManualCall({ ctx: { db, actor }, input, now: new Date() });
  }
  for (const report of reports) log(`  demo calls: ${report}`);
  return reports;
}
