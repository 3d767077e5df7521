import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { personas } from './access-sweep/expectations.ts';
import { type Clients, createFixtures, type Fixtures, logInEveryone } from './access-sweep/fixtures.ts';
import { type Operation, operationsOf, sweep, unclassified } from './access-sweep/sweep.ts';

/**
 * Every route of /api/openapi.json, called anonymously, by an officer of another municipality, by the liaison, by
 * the coordination team and by the owner (the control), on objects of Athens. A new route fails here until
 * test/api/access-sweep/routes.ts says which objects fill its path and how its tenancy treats each persona.
 */
describe('access sweep over /api/openapi.json', () => {
  let server: TestServer;
  let clients: Clients;
  let fixtures: Fixtures;
  let operations: Operation[];

  beforeAll(async () => {
    server = await startTestServer();
    clients = await logInEveryone(server.url);
    fixtures = await createFixtures(server.url, clients);
    operations = operationsOf((await new ApiClient(server.url).get('/api/openapi.json')).body);
  });
  afterAll(() => server?.close());

  it('has every route classified, with its x-access, and no classification for a route that is gone', () => {
    expect(operations.length).toBeGreaterThan(90);
    expect(unclassified(operations)).toEqual([]);
  });

  it('answers each persona with the 401, 403 or 404 its role and tenancy call for, in the error shape, and serves the others', async () => {
    const { calls, invalidBodyCalls, validatedBeforeRefusing, mismatches } = await sweep({ baseUrl: server.url, operations, clients, fixtures });
    console.info(
      `access sweep: ${operations.length} routes × ${personas.length} personas = ${calls} calls, plus ${invalidBodyCalls} refused writes ` +
        `again with an invalid body (${validatedBeforeRefusing.length} answered by validation first, as for the owner); ${mismatches.length} mismatches`,
    );
    expect(calls).toBe(operations.length * personas.length);
    expect(mismatches).toEqual([]);
  });
});
