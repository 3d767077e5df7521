import { ApiClient } from '../../helpers/api-client.ts';
import { expectedOutcome, type Outcome, type Persona, personas } from './expectations.ts';
import { accounts, type Clients, type Fixtures, logIn, reportUpload } from './fixtures.ts';
import { type BodyContext, defaultParam, type RouteCase, routeCases } from './routes.ts';

export interface Operation {
  key: string;
  method: string;
  path: string;
  xAccess: string[] | undefined;
  pathParams: string[];
}

/** Every operation of the OpenAPI document, as "METHOD path" with its declared access and path parameters. */
export function operationsOf(document: { paths: Record<string, Record<string, any>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      xAccess: operation['x-access'],
      pathParams: (operation.parameters ?? []).filter((parameter: { in: string }) => parameter.in === 'path').map((parameter: { name: string }) => parameter.name),
    })),
  );
}

/** Routes the sweep cannot run: not in the table, without `x-access`, or with a path parameter no fixture fills. */
export function unclassified(operations: Operation[]): string[] {
  const problems: string[] = [];
  for (const operation of operations) {
    const routeCase = routeCases[operation.key];
    if (!routeCase) problems.push(`${operation.key}: not classified in test/api/access-sweep/routes.ts`);
    if (!Array.isArray(operation.xAccess) || operation.xAccess.length === 0) problems.push(`${operation.key}: declares no x-access`);
    for (const name of operation.pathParams) {
      if (!routeCase?.params?.[name] && !defaultParam(operation.path, name)) problems.push(`${operation.key}: no fixture for {${name}}`);
    }
  }
  const documented = new Set(operations.map((operation) => operation.key));
  for (const key of Object.keys(routeCases)) if (!documented.has(key)) problems.push(`${key}: classified but not in /api/openapi.json`);
  return problems;
}

/** Which fixtures a persona may not know of: none of their answers, lists included, may carry these ids. */
const ownersAlone: Array<keyof Fixtures> = ['savedSearch', 'notification'];
const athensAndTheTeam: Array<keyof Fixtures> = ['need', 'proposal', 'decided', 'lesson'];
const hiddenFrom: Record<Persona, Array<keyof Fixtures>> = {
  anonymous: [...athensAndTheTeam, ...ownersAlone],
  outsider: [...athensAndTheTeam, ...ownersAlone],
  liaison: [...athensAndTheTeam, ...ownersAlone],
  coordinator: ownersAlone,
  owner: [],
};

function errorOf(text: string): { code?: unknown; message?: unknown; requestId?: unknown } | undefined {
  try {
    return JSON.parse(text)?.error;
  } catch {
    return undefined;
  }
}

export interface SweepResult {
  calls: number;
  /** Refused writes sent again with an empty body. */
  invalidBodyCalls: number;
  /**
   * Refusals that an invalid body turns into the same 400 the owner gets: zod checks the body before the db verb
   * decides tenancy. Harmless (the answer is the same for every id), listed so that the count is visible.
   */
  validatedBeforeRefusing: string[];
  /** Each mismatch, precisely: route, persona, expected and received answer. */
  mismatches: string[];
}

/** Deletes run last, so that every other route still finds its objects; unclassified routes fail in `unclassified`. */
function sweepOrder(operations: Operation[]): Operation[] {
  const runnable = operations.filter((operation) => routeCases[operation.key] && operation.xAccess);
  return [...runnable.filter((operation) => operation.method !== 'DELETE'), ...runnable.filter((operation) => operation.method === 'DELETE')];
}

export async function sweep({ baseUrl, operations, clients, fixtures }: { baseUrl: string; operations: Operation[]; clients: Clients; fixtures: Fixtures }): Promise<SweepResult> {
  const context: BodyContext = {
    fixtures,
    clients,
    async read(path) {
      const response = await clients.admin.get(path);
      if (response.status !== 200) throw new Error(`reading ${path} as admin: ${response.status}`);
      return response.body;
    },
  };
  const result: SweepResult = { calls: 0, invalidBodyCalls: 0, validatedBeforeRefusing: [], mismatches: [] };
  for (const operation of sweepOrder(operations)) {
    const routeCase = routeCases[operation.key]!;
    const plans = personas.map((persona) => ({
      persona,
      expected: expectedOutcome({ persona, xAccess: operation.xAccess!, tenancy: routeCase.tenancy, overrides: routeCase.overrides }),
    }));
    // Reads, refusals and each persona's own session change nothing the others use, so they go at once; writes
    // that succeed go one after the other, in persona order.
    const isConcurrent = (plan: (typeof plans)[number]) => operation.method === 'GET' || plan.expected !== 'allowed' || routeCase.session !== undefined;
    const call = (plan: (typeof plans)[number]) => callAs({ ...plan, baseUrl, operation, routeCase, clients, fixtures, context, result });
    await Promise.all(plans.filter(isConcurrent).map(call));
    for (const plan of plans.filter((plan) => !isConcurrent(plan))) await call(plan);
  }
  result.mismatches.sort();
  return result;
}

async function callAs({
  persona,
  expected,
  baseUrl,
  operation,
  routeCase,
  clients,
  fixtures,
  context,
  result,
}: {
  persona: Persona;
  expected: Outcome;
  baseUrl: string;
  operation: Operation;
  routeCase: RouteCase;
  clients: Clients;
  fixtures: Fixtures;
  context: BodyContext;
  result: SweepResult;
}): Promise<void> {
  const fresh = routeCase.freshObject ? { [routeCase.freshObject.param]: await routeCase.freshObject.create(context) } : {};
  const url = urlOf(operation, routeCase, fixtures, fresh);
  const client = persona === 'anonymous' ? new ApiClient(baseUrl) : routeCase.session ? await logIn(baseUrl, accounts[persona]) : clients[persona];
  const response = await send(baseUrl, client, operation.method, url, routeCase, context);
  result.calls++;
  if (persona !== 'anonymous' && routeCase.session === 'ends-others') clients[persona] = client;
  if (persona !== 'anonymous' && routeCase.session === 'ends-all') clients[persona] = await logIn(baseUrl, accounts[persona]);
  const problem = judge({ expected, response, hidden: hiddenFrom[persona].map((name) => fixtures[name]) });
  if (problem) result.mismatches.push(`${operation.key} as ${persona} (${url}): ${problem}`);
  if (expected === 'allowed' || !routeCase.body) return;

  const invalid = { ...routeCase, body: () => ({}) };
  const answer = await send(baseUrl, client, operation.method, url, invalid, context);
  result.invalidBodyCalls++;
  if (answer.status !== 400) {
    const refusal = judge({ expected, response: answer, hidden: [] });
    if (refusal) result.mismatches.push(`${operation.key} as ${persona} with an invalid body (${url}): ${refusal}`);
    return;
  }
  // Validation may come first only if it tells nothing: the very answer the owner gets for the same body.
  const owners = await send(baseUrl, clients.owner, operation.method, url, invalid, context);
  if (owners.status !== 400 || errorOf(owners.text)?.message !== errorOf(answer.text)?.message) {
    result.mismatches.push(`${operation.key} as ${persona} with an invalid body (${url}): a 400 unlike the owner's ${owners.status} ${owners.text.slice(0, 160)}`);
  } else {
    result.validatedBeforeRefusing.push(`${operation.key} as ${persona}`);
  }
}

function urlOf(operation: Operation, routeCase: RouteCase, fixtures: Fixtures, fresh: Record<string, string>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (fresh[name]) return fresh[name];
    const source = routeCase.params?.[name] ?? defaultParam(operation.path, name)!;
    return encodeURIComponent(typeof source === 'string' ? fixtures[source] : source.literal);
  });
  return routeCase.query ? `${path}?${routeCase.query}` : path;
}

interface Answer {
  status: number;
  text: string;
}

async function send(baseUrl: string, client: ApiClient, method: string, url: string, routeCase: RouteCase, context: BodyContext): Promise<Answer> {
  const cookie: Record<string, string> = client.cookie ? { cookie: client.cookie } : {};
  const request: RequestInit = routeCase.upload
    ? reportUpload(client.cookie)
    : routeCase.body
      ? { method, headers: { 'content-type': 'application/json', ...cookie }, body: JSON.stringify(await routeCase.body(context)) }
      : { method, headers: cookie };
  const response = await fetch(baseUrl + url, request);
  return { status: response.status, text: await response.text() };
}

function judge({ expected, response, hidden }: { expected: Outcome; response: Answer; hidden: string[] }): string | null {
  const got = `${response.status} ${response.text.slice(0, 160)}`;
  if (expected === 'allowed') {
    if (response.status < 200 || response.status >= 300) return `expected to be let in, got ${got}`;
    const leaked = hidden.find((id) => response.text.includes(id));
    return leaked ? `answer carries the id of a hidden object (${leaked}): ${got}` : null;
  }
  if (response.status !== expected) {
    const kind = response.status < 300 ? 'SERVED' : response.status === 400 ? 'VALIDATED BEFORE REFUSING' : 'wrong refusal';
    return `${kind}: expected ${expected}, got ${got}`;
  }
  const error = errorOf(response.text);
  const isErrorShape = typeof error?.code === 'string' && typeof error.message === 'string' && typeof error.requestId === 'string';
  return isErrorShape ? null : `refused with ${expected} but not in the error shape: ${response.text.slice(0, 160)}`;
}
