import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { hostileValue, type JsonSchema, oneFieldMutated, queryValueFor, type SchemaLookup, valueFor } from './hostile-input.ts';

// Printed up front and by fast-check on failure; FC_SEED=… replays a run.
const seed = process.env.FC_SEED === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(process.env.FC_SEED);
const runsPerRoute = Number(process.env.FC_RUNS ?? 25);

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: JsonSchema }>;
  body: JsonSchema | null;
}

// One server for the whole file, started while the tests are collected: the routes come from its own OpenAPI
// document, so a route added later is fuzzed without touching this file.
const server = await startTestServer();
afterAll(async () => {
  const statuses = [...statusCounts].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
  console.info(`request-schemas: ${requestsSent} hostile requests over ${operations.length} routes (seed ${seed}): ${statuses}`);
  await server.close();
});
const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
const spec = (await coordinator.get('/api/openapi.json')).body;
const lookup: SchemaLookup = (reference) => spec.components.schemas[reference.replace('#/components/schemas/', '')];
const idsByParam = await collectIds();
const operations = listOperations();
let requestsSent = 0;
const statusCounts = new Map<number, number>();

function listOperations(): Operation[] {
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const [method, operation] of Object.entries<any>(methods)) {
      const parameters: Array<{ in: string; name: string; schema: JsonSchema }> = operation.parameters ?? [];
      const query = parameters.filter((parameter) => parameter.in === 'query').map(({ name, schema }) => ({ name, schema }));
      const body: JsonSchema | null = operation.requestBody?.content?.['application/json']?.schema ?? null;
      if (query.length === 0 && body === null) continue;
      const pathParams = parameters.filter((parameter) => parameter.in === 'path').map(({ name }) => name);
      found.push({ method: method.toUpperCase(), path, pathParams, query, body });
    }
  }
  return found;
}

async function expectOk<T = any>(response: Promise<{ status: number; body: T }>): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`setup request failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Real ids for every path parameter, so that hostile bodies reach handlers and verbs, not only a 404. */
async function collectIds(): Promise<Record<string, string[]>> {
  const idsOf = (items: Array<{ id: string }>) => items.map(({ id }) => id);
  const municipalities = await expectOk<Array<{ slug: string }>>(coordinator.get('/api/municipalities'));
  const needs = await expectOk(officer.get('/api/municipalities/athens/needs'));
  const calls = await expectOk(coordinator.get('/api/calls?pageSize=20'));
  const [proposal] = await expectOk(officer.get('/api/proposals?municipality=athens'));
  const detail = await expectOk(officer.get(`/api/proposals/${proposal.id}`));
  const [section] = detail.sections;
  const base = `/api/proposals/${proposal.id}`;
  const version = await expectOk(officer.post(`${base}/sections/${section.id}/versions`, { name: 'Πριν τον έλεγχο' }));
  const milestone = await expectOk(officer.post(`${base}/milestones`, { title: 'Υποβολή', dueAt: '2026-03-31T21:00:00.000Z' }));
  const line = await expectOk(
    officer.post(`${base}/budget/lines`, { category: 'staff', description: 'Διαμεσολαβητές', quantityMilli: 1500, unitCostCents: 250_000 }),
  );
  const task = await expectOk(officer.post(`${base}/tasks`, { title: 'Επιστολές στήριξης' }));
  const comment = await expectOk(officer.post(`${base}/comments`, { body: 'Να δούμε τον προϋπολογισμό' }));
  await expectOk(officer.post('/api/saved-searches', { name: 'Ένταξη', query: { q: 'ένταξη' } }));
  const lessons = await expectOk(coordinator.get('/api/lessons'));
  const practices = await expectOk(coordinator.get('/api/good-practices'));
  const templates = await expectOk<Array<{ key: string }>>(coordinator.get('/api/proposal-templates'));
  return {
    slug: municipalities.map(({ slug }) => slug),
    callId: idsOf(calls.items),
    sectionId: idsOf(detail.sections),
    versionId: [version.id],
    milestoneId: [milestone.id],
    lineId: [line.id],
    taskId: [task.id],
    commentId: [comment.id],
    key: templates.map(({ key }) => key),
    needs: idsOf(needs),
    calls: idsOf(calls.items),
    proposals: [proposal.id],
    sources: idsOf(await expectOk(coordinator.get('/api/sources'))),
    'saved-searches': idsOf(await expectOk(officer.get('/api/saved-searches'))),
    notifications: idsOf(await expectOk(officer.get('/api/notifications'))),
    lessons: idsOf(lessons.items),
    'good-practices': idsOf(practices.items),
    announcements: idsOf(await expectOk(coordinator.get('/api/announcements'))),
  };
}

/** Real ids for a path parameter: `{id}` is the id of the path's resource (`/api/needs/{id}` → a need). */
function knownIds(path: string, param: string): string[] {
  const resource = path.split('/')[2] ?? '';
  return (param === 'id' ? idsByParam[resource] : idsByParam[param]) ?? [];
}

const everyKnownId = Object.values(idsByParam).flat();

function requestFor(operation: Operation) {
  const pathValues = fc.tuple(
    ...operation.pathParams.map((param) => {
      const known = knownIds(operation.path, param);
      const random = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), fc.constantFrom('0', '-1', 'null', '__proto__', '%', '..'));
      return known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: random, weight: 1 }) : random;
    }),
  );
  const query = fc.record(
    Object.fromEntries(operation.query.map(({ name, schema }) => [name, fc.array(queryValueFor(schema, lookup, everyKnownId), { minLength: 1, maxLength: 2 })])),
    { requiredKeys: [] },
  );
  const body = operation.body === null ? fc.constant(undefined) : bodyFor(operation.body);
  return fc.record({ persona: fc.constantFrom('coordinator', 'officer'), pathValues, query, body });
}

/** The JSON text sent: a valid body with one field gone bad, a body shaped like the schema, any hostile value, or broken JSON. */
function bodyFor(schema: JsonSchema): fc.Arbitrary<string> {
  // Bodies over 1 MiB get their 413 from bodyLimit (test/api/errors.test.ts) without reaching a schema.
  const underLimit = (text: string) => Buffer.byteLength(text) < 1_000_000;
  const shaped = valueFor(schema, lookup, everyKnownId).map((value) => JSON.stringify(value) ?? 'null').filter(underLimit);
  const hostile = hostileValue.map((value) => JSON.stringify(value) ?? 'null').filter(underLimit);
  const mutated = oneFieldMutated(schema, lookup, everyKnownId, 'athens').map((value) => JSON.stringify(value) ?? 'null').filter(underLimit);
  const broken = fc.tuple(shaped, fc.nat()).map(([text, cut]) => text.slice(0, cut % Math.max(text.length, 1)) || '{');
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: shaped, weight: 4 }, { arbitrary: hostile, weight: 1 }, { arbitrary: broken, weight: 1 });
}

// Node answers 431 with an empty body, before any app code, once the request head passes 16 KB: a query that
// long tests Node's limit, not the API's schemas.
const maxQueryBytes = 8_000;

function urlFor(operation: Operation, pathValues: string[], query: Partial<Record<string, string[]>>): string {
  let index = 0;
  const path = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(pathValues[index++] ?? ''));
  const parts: string[] = [];
  let bytes = 0;
  for (const [name, values = []] of Object.entries(query)) {
    for (const value of values) {
      const part = new URLSearchParams([[name, value]]).toString().slice(0, maxQueryBytes - bytes).replace(/%[0-9A-F]?$/, '');
      parts.push(part);
      bytes += part.length + 1;
    }
  }
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}

describe('Markdown a coordinator writes', () => {
  it.each([
    ['nested quotes', '>'.repeat(3_000)],
    ['nested lists', '1. '.repeat(3_000)],
  ])('renders %s too deep for the Markdown parser as text, on save and on every read', async (_name, body) => {
    const created = await coordinator.post('/api/good-practices', { title: 'Βαθιά εμφώλευση', municipality: 'athens', summary: 'Έλεγχος', body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.bodyHtml.replace(/&gt;/g, '>')).toContain(body.slice(0, 30));
    const read = await officer.get(`/api/good-practices/${created.body.id}`);
    expect(read.status).toBe(200);
  });
});

describe('every request schema answers hostile input with a 4xx and the error shape, never a 5xx', () => {
  it('finds the routes to fuzz in the OpenAPI document', () => {
    console.info(`request-schemas: fuzzing ${operations.length} routes, ${runsPerRoute} runs each, seed ${seed}`);
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toContain('POST /api/municipalities/{slug}/needs');
  });

  it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))('%s', async (_name, operation) => {
    const clients: Record<string, ApiClient> = { coordinator, officer };
    await fc.assert(
      fc.asyncProperty(requestFor(operation), async ({ persona, pathValues, query, body }) => {
        const url = urlFor(operation, pathValues, query);
        requestsSent++;
        const response = await clients[persona]!.request(operation.method, url, body);
        statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
        const context = `${operation.method} ${url.slice(0, 300)} as ${persona} with ${String(body).slice(0, 300)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
        expect(response.status, context).toBeLessThan(500);
        if (response.status >= 400) expectErrorShape(response.body);
      }),
      { seed, numRuns: runsPerRoute },
    );
  });
});
