import { createDb, type DbHandle } from '@cni/db';
import { buildCallFields, insertTestCalls } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loggedInAs, type ApiClient } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

type ListedCall = { id: string; title: string; status: string };

/**
 * The call list and the session behind every request are served from memory while nothing is written. What is
 * written by another process (the jobs process, an admin's script) must still show on the very next request.
 */
describe('reads served from memory', () => {
  let server: TestServer;
  let jobsProcess: DbHandle;
  let officer: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    jobsProcess = await createDb(server.handle.url);
    officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
  });
  afterEach(async () => {
    jobsProcess.close();
    await server.close();
  });

  async function listTitles(path: string): Promise<string[]> {
    const response = await officer.get<{ items: ListedCall[] }>(path);
    expect(response.status).toBe(200);
    return response.body.items.map((call) => call.title);
  }

  it('shows a call collected by another process on the next list, search and count', async () => {
    const before = await officer.get<{ total: number }>('/api/calls');
    expect(await listTitles('/api/calls?q=ορεινών')).toEqual([]);
    expect(await listTitles('/api/calls?q=ορεινών')).toEqual([]);

    await insertTestCalls(jobsProcess.db, [buildCallFields({ title: 'Ένταξη προσφύγων σε ορεινούς δήμους', summary: 'Στήριξη ορεινών δήμων.' })]);

    expect(await listTitles('/api/calls?q=ορεινών')).toEqual(['Ένταξη προσφύγων σε ορεινούς δήμους']);
    const after = await officer.get<{ total: number }>('/api/calls');
    expect(after.body.total).toBe(before.body.total + 1);
    expect(after.headers.get('cache-control')).toBe('no-store');
    expect(after.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('counts a new call on a page of the list not read before, whose counts were kept from another page', async () => {
    const first = await officer.get<{ total: number; facets: { programme: Record<string, number> } }>('/api/calls?pageSize=5');
    await insertTestCalls(jobsProcess.db, [buildCallFields({ title: 'Νέα πρόσκληση CERV', programme: 'cerv' })]);
    const second = await officer.get<{ total: number; facets: { programme: Record<string, number> } }>('/api/calls?pageSize=5&page=2');
    expect(second.body.total).toBe(first.body.total + 1);
    expect(second.body.facets.programme.cerv).toBe((first.body.facets.programme.cerv ?? 0) + 1);
  });

  it('closes a call in the list when its deadline passes, with nothing written', async () => {
    const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    const deadline = new Date(Date.now() + 1_500);
    const created = await liaison.post<{ id: string }>('/api/calls', {
      title: 'Πρόσκληση που λήγει σε λίγο',
      summary: 'Δοκιμή προθεσμίας.',
      programme: 'amif',
      deadline: deadline.toISOString(),
    });
    expect(created.status).toBe(201);
    const statusOf = async () => {
      const response = await officer.get<{ items: ListedCall[]; facets: { status: Record<string, number> } }>('/api/calls?programme=amif&pageSize=100');
      return { status: response.body.items.find((call) => call.id === created.body.id)?.status, closed: response.body.facets.status.closed ?? 0 };
    };
    const open = await statusOf();
    expect(open.status).toBe('open');
    expect((await statusOf()).status).toBe('open');

    await new Promise((resolve) => setTimeout(resolve, deadline.getTime() - Date.now() + 50));
    const closed = await statusOf();
    expect(closed.status).toBe('closed');
    expect(closed.closed).toBe(open.closed + 1);
  });

  it('refuses a session on the next request once another process disables its user', async () => {
    expect((await officer.get('/api/me')).status).toBe(200);
    expect((await officer.get('/api/me')).status).toBe(200);
    await jobsProcess.client.execute(`UPDATE users SET disabled_at = '2026-11-26T12:00:00.000Z' WHERE email = 'officer.athens@demo.cni.gr'`);
    const refused = await officer.get('/api/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthorized');
  });

  it('acts with the new role on the next request once another process changes the membership', async () => {
    expect((await officer.get('/api/dashboard?municipality=thessaloniki')).status).toBe(403);
    await jobsProcess.client.execute(
      `UPDATE memberships SET role = 'coordinator', municipality_id = NULL WHERE user_id = (SELECT id FROM users WHERE email = 'officer.athens@demo.cni.gr')`,
    );
    expect((await officer.get('/api/me')).body.role).toBe('coordinator');
    expect((await officer.get('/api/dashboard?municipality=thessaloniki')).status).toBe(200);
  });
});
