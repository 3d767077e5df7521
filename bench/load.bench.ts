import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { demoPassword } from '@cni/db';
import { benchQueries } from './generate-calls.ts';
import { startProductProcess, type ProductProcess } from './product-process.ts';

const connections = 50;
const warmUpSeconds = 5;
const officer = 'officer.athens@demo.cni.gr';

async function logIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
  if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status}`);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** A path, or a new path for every request. */
type Target = string | (() => string);

async function hammer(product: ProductProcess, target: Target, cookie: string, seconds: number) {
  const cpuBefore = await product.cpuMs();
  const result = await autocannon({
    url: product.url + (typeof target === 'string' ? target : target()),
    connections,
    duration: seconds,
    headers: { cookie },
    ...(typeof target === 'string' ? {} : { requests: [{ setupRequest: (request) => ({ ...request, path: target() }) }] }),
  });
  const cpuMs = (await product.cpuMs()) - cpuBefore;
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    serverCpuMsPerRequest: Number((cpuMs / Math.max(1, result.requests.total)).toFixed(3)),
    // What the server could serve with one core to itself: unlike req/s, barely moved by other work on the machine.
    oneCoreCeilingReqPerSec: Math.round((1000 * Math.max(1, result.requests.total)) / cpuMs),
  };
}

const pages = 5;
const sorts = ['relevance', 'deadline', 'newest'] as const;
const programmeFilters = ['', 'esf-plus', 'amif', 'cerv', 'national', 'donor', 'eea-grants'];
const statusFilters = ['', 'open', 'forthcoming', 'closed'];
const themeFilters = ['', 'municipal-services', 'institutional-reform', 'awareness-participation', 'networking', 'labour-market'];
// Lists with their own counts; each has pages × sorts pages.
const variedLists = benchQueries.length * programmeFilters.length * statusFilters.length * themeFilters.length;
const variedSearchCombinations = variedLists * pages * sorts.length;

/**
 * Searches drawn at random from 126,000 combinations of words, filters, page and order, over 8,400 lists with
 * their own counts: the list cache keeps 500 pages and 500 lists' counts, so nearly every request costs what
 * a search nobody ran before costs.
 */
function variedSearch(): () => string {
  const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)]!;
  const filter = (name: string, value: string) => (value ? `&${name}=${value}` : '');
  return () =>
    `/api/calls?q=${encodeURIComponent(pick(benchQueries))}&page=${1 + Math.floor(Math.random() * pages)}&sort=${pick(sorts)}` +
    filter('programme', pick(programmeFilters)) +
    filter('status', pick(statusFilters)) +
    filter('theme', pick(themeFilters));
}

/**
 * Requests per second and latency of the pages officers open most, 50 connections each for
 * BENCH_LOAD_SECONDS (30 by default), against the real product on a demo database with 2,000 more calls.
 */
export async function benchLoad() {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  const product = await startProductProcess();
  try {
    const cookie = await logIn(product.url, officer);
    const list = await getJson<{ items: Array<{ id: string }>; total: number }>(`${product.url}/api/calls`, cookie);
    const proposals = await getJson<Array<{ id: string; status: string; leadMunicipality: { slug: string } }>>(`${product.url}/api/proposals`, cookie);
    // The demo proposal Athens leads with Thessaloniki, the one the walkthrough drafts in.
    const proposalId = proposals.find((proposal) => proposal.leadMunicipality.slug === 'athens' && proposal.status === 'drafting')!.id;
    const endpoints: Record<string, Target> = {
      callList: '/api/calls',
      search: `/api/calls?q=${encodeURIComponent('μεταναστών')}`,
      searchVaried: variedSearch(),
      callDetail: `/api/calls/${list.items[0]!.id}`,
      proposal: `/api/proposals/${proposalId}`,
    };
    const figures: Record<string, unknown> = {
      server: `child process ${product.pid} (api/src/main.ts, jobs off), sharing the cores with autocannon`,
      calls: list.total,
      connections,
      seconds,
      // Other work on the machine takes cores from both sides; the figures are only comparable at a low load.
      loadAverageAtStart: Number(loadavg()[0]!.toFixed(1)),
    };
    for (const [name, target] of Object.entries(endpoints)) {
      // The first seconds pay for JIT compilation and SQLite's page cache; a running server has paid already.
      await hammer(product, target, cookie, warmUpSeconds);
      const path = typeof target === 'string' ? target.replace(/[0-9a-f-]{36}/, ':id') : `/api/calls?q=…&page=…&sort=…&programme=…&status=…&theme=… (${variedSearchCombinations} combinations)`;
      figures[name] = { path, ...(await hammer(product, target, cookie, seconds)) };
    }
    figures.loadAverageAtEnd = Number(loadavg()[0]!.toFixed(1));
    figures.target = 'call list ≥ 3,000 req/s, p99 < 100 ms, 0 errors';
    return figures;
  } finally {
    await product.stop();
  }
}
