import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchIngest } from './ingest.bench.ts';
import { benchSearch, buildSearchCorpus } from './search.bench.ts';

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

const parts: Record<string, () => Promise<Record<string, unknown>>> = {
  ingest: benchIngest,
  search: async () => {
    const corpus = await buildSearchCorpus();
    try {
      return await benchSearch(corpus);
    } finally {
      corpus.destroy();
    }
  },
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
results.machine = { node: process.version, cpus: cpus().length };
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${resultsPath}`);
