import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchIngest } from './ingest.bench.ts';

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

/** Runs every benchmark, prints its figures and merges them into bench/results.json. */
const previous = existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, unknown>) : {};
const ingest = await benchIngest();
console.log('ingest (10k-item feed):');
console.table(ingest);
const results = { ...previous, machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, measuredAt: new Date().toISOString(), ingest };
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${resultsPath}`);
