import {
  acquireLease,
  applyIngestPlan,
  finishRun,
  getSourceForRun,
  loadCallIndex,
  loadSourceLinks,
  releaseLease,
  saveSourceValidators,
  startRun,
  type Database,
  type RunOutcome,
} from '@cni/db';
import { FetchError, type FetchDocument } from '../fetch/types.ts';
import type { Connector } from './types.ts';
import { planIngest, type SourceDefaults } from './ingest-plan.ts';
import { SourceError } from './source-error.ts';

export interface RunSourceDeps {
  db: Database;
  fetchDocument: FetchDocument;
  connectors: Partial<Record<string, Connector<any>>>;
  now: () => Date;
  /** Identifies this process in leases and run rows. */
  holder: string;
  /**
   * Told the ids of the calls a run created or changed, to match them against the needs off the run (the
   * rematch queue). Without it, the nightly full recompute matches them.
   */
  callsChanged?: (callIds: string[]) => void;
}

export type RunSourceResult =
  | { outcome: 'ran'; run: Awaited<ReturnType<typeof finishRun>> }
  | { outcome: 'busy' }
  | { outcome: 'skipped'; reason: string };

// Longer than any run may take (20 pages × 15 s); a process that dies holding it frees the source after this.
export const sourceLeaseMs = 15 * 60 * 1000;

export function sourceLeaseName(sourceId: string): string {
  return `source:${sourceId}`;
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof FetchError || error instanceof SourceError) return { code: error.code, message: error.message };
  if (error instanceof Error && error.name === 'ZodError') return { code: 'invalid_document', message: error.message.slice(0, 500) };
  return { code: 'internal_error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * One run of one source: fetch, parse, normalise, de-duplicate, write, record. Holds the source's lease in
 * the database for the whole run, so no other process runs the same source at the same time. `isDue`, checked
 * under the lease, lets the scheduler make sure a tick seen by two processes runs once.
 */
export async function runSource(
  deps: RunSourceDeps,
  sourceId: string,
  { isDue }: { isDue?: () => Promise<boolean> } = {},
): Promise<RunSourceResult> {
  const { db } = deps;
  const leaseName = sourceLeaseName(sourceId);
  if (!(await acquireLease({ db, name: leaseName, holder: deps.holder, ttlMs: sourceLeaseMs, now: deps.now() }))) {
    return { outcome: 'busy' };
  }
  try {
    if (isDue && !(await isDue())) return { outcome: 'skipped', reason: 'already ran for this tick' };
    const source = await getSourceForRun({ db, id: sourceId });
    const connector = deps.connectors[source.kind];
    if (!connector) return { outcome: 'skipped', reason: `no connector for kind ${source.kind}` };

    const runId = await startRun({ db, sourceId, holder: deps.holder, now: deps.now() });
    let outcome: RunOutcome;
    try {
      outcome = await collectAndStore(deps, source, connector);
    } catch (error) {
      outcome = { status: 'error', fetched: 0, created: 0, updated: 0, unchanged: 0, error: describeError(error) };
    }
    return { outcome: 'ran', run: await finishRun({ db, runId, outcome, now: deps.now() }) };
  } finally {
    await releaseLease({ db, name: leaseName, holder: deps.holder });
  }
}

async function collectAndStore(
  deps: RunSourceDeps,
  source: Awaited<ReturnType<typeof getSourceForRun>>,
  connector: Connector<any>,
): Promise<RunOutcome> {
  const parsedOptions = connector.optionsSchema.safeParse(source.options);
  if (!parsedOptions.success) {
    throw new SourceError('invalid_options', `Options of "${source.name}" are invalid: ${parsedOptions.error.message}`);
  }
  const result = await connector.collect({
    source: { id: source.id, kind: source.kind, url: source.url, options: source.options },
    options: parsedOptions.data,
    fetchDocument: deps.fetchDocument,
    validators: { etag: source.etag, lastModified: source.lastModified },
    now: deps.now(),
  });
  if (result.notModified) {
    return { status: 'ok', fetched: result.fetched, created: 0, updated: 0, unchanged: 0, error: null };
  }

  const links = await loadSourceLinks({ db: deps.db, sourceId: source.id });
  // Only an item new to this source needs comparing with every known call; a routine re-run has none.
  const calls = result.items.some((item) => !links.has(item.key)) ? await loadCallIndex({ db: deps.db }) : [];
  const defaults = source.options as SourceDefaults;
  const { plan, unchanged, skipped } = planIngest({
    items: result.items,
    links,
    calls,
    defaults: { programme: defaults.programme ?? null, funder: defaults.funder ?? null },
    now: deps.now(),
  });
  const written = await applyIngestPlan({ db: deps.db, sourceId: source.id, plan, now: deps.now() });
  const changed = [...plan.creates, ...plan.updates].map((item) => item.callId);
  if (changed.length > 0) deps.callsChanged?.([...new Set(changed)]);
  if (result.validators.etag !== source.etag || result.validators.lastModified !== source.lastModified) {
    await saveSourceValidators({ db: deps.db, id: source.id, ...result.validators });
  }
  return {
    status: 'ok',
    fetched: result.fetched,
    created: written.created,
    updated: written.updated + written.linked,
    unchanged,
    error:
      skipped.length > 0
        ? { code: 'items_skipped', message: `${skipped.length} item(s) skipped: ${skipped.slice(0, 3).map((item) => `${item.key}: ${item.reason}`).join('; ')}` }
        : null,
  };
}
