import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchCollab } from './collab.bench.ts';
import { benchEditors } from './editors.bench.ts';
import { benchIngest } from './ingest.bench.ts';
import { benchLoad } from './load.bench.ts';
import { benchMatch } from './match.bench.ts';
import { benchSearch, buildSearchCorpus } from './search.bench.ts';

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

// Search and matching share one 100,000-call database, built once (half a minute) when first needed.
let corpus: ReturnType<typeof buildSearchCorpus> | undefined;
const sharedCorpus = () => (corpus ??= buildSearchCorpus());

const parts: Record<string, () => Promise<Record<string, unknown>>> = {
  ingest: benchIngest,
  search: async () => benchSearch(await sharedCorpus()),
  match: async () => benchMatch(await sharedCorpus()),
  collab: benchCollab,
  load: benchLoad,
  editors: benchEditors,
};

/**
 * Runs every benchmark (or those named: `pnpm bench search`), prints its figures and merges them into
 * bench/results.json, so a part run alone keeps the others' last figures.
 */
const chosen = process.argv.slice(2).filter((name) => name in parts);
const results: Record<string, unknown> = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
for (const name of chosen.length > 0 ? chosen : Object.keys(parts)) {
  const figures = await parts[name]!();
  console.log(`${name}:`);
  console.table(figures);
  results[name] = { ...figures, measuredAt: new Date().toISOString() };
}
if (corpus) (await corpus).destroy();
results.machine = { node: process.version, cpus: cpus().length };
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${resultsPath}`);
