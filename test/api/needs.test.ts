import { listAuditEntries } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('needs registry', () => {
  let server: TestServer;
  let officer: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    officer = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
  });
  afterEach(() => server.close());

  it('creates, reads, updates and deletes a need of the officer’s municipality', async () => {
    const created = await officer.post('/api/municipalities/larissa/needs', {
      title: 'Μαθήματα ελληνικών για ενήλικες πρόσφυγες',
      category: 'labour-market',
      targetGroups: ['πρόσφυγες'],
      priority: 1,
      estimatedBudgetCents: 4_500_000,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Μαθήματα ελληνικών για ενήλικες πρόσφυγες',
      description: '',
      status: 'identified',
      priority: 1,
      estimatedBudgetCents: 4_500_000,
      targetGroups: ['πρόσφυγες'],
    });
    const id = created.body.id;

    expect((await officer.get('/api/municipalities/larissa/needs')).body.map((need: { id: string }) => need.id)).toContain(id);
    const updated = await officer.patch(`/api/needs/${id}`, { status: 'in-progress', estimatedBudgetCents: null });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'in-progress', estimatedBudgetCents: null });
    expect(Date.parse(updated.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.updatedAt));

    expect((await officer.delete(`/api/needs/${id}`)).status).toBe(204);
    expect((await officer.get(`/api/needs/${id}`)).status).toBe(404);
  });

  it('rejects an unknown category with 400 and an empty patch with 400', async () => {
    const unknown = await officer.post('/api/municipalities/larissa/needs', { title: 'x', category: 'no-such-theme' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('no-such-theme');
    const created = await officer.post('/api/municipalities/larissa/needs', { title: 'x', category: 'networking' });
    expect((await officer.patch(`/api/needs/${created.body.id}`, {})).status).toBe(400);
  });

  it('records who did what and when in the audit log for every write', async () => {
    const created = await officer.post('/api/municipalities/larissa/needs', { title: 'Αρχικός τίτλος', category: 'networking' });
    await officer.patch(`/api/needs/${created.body.id}`, { title: 'Νέος τίτλος' });
    await officer.delete(`/api/needs/${created.body.id}`);

    const entries = await listAuditEntries({ db: server.handle.db, entityId: created.body.id });
    expect(entries.map((entry) => entry.action)).toEqual(['need.delete', 'need.update', 'need.create']);
    for (const entry of entries) {
      expect(entry.actorEmail).toBe('officer.larissa@demo.cni.gr');
      expect(entry.ipAddress).toBe('127.0.0.1');
      expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    }
    expect(entries[1]?.details).toEqual({ changes: { title: { from: 'Αρχικός τίτλος', to: 'Νέος τίτλος' } } });

    const logins = (await listAuditEntries({ db: server.handle.db })).filter((entry) => entry.action === 'auth.login');
    expect(logins.some((entry) => entry.actorEmail === 'officer.larissa@demo.cni.gr')).toBe(true);
  });

  it('records failed logins in the audit log without a user', async () => {
    await officer.login('officer.larissa@demo.cni.gr', 'wrong');
    const [failed] = (await listAuditEntries({ db: server.handle.db })).filter((entry) => entry.action === 'auth.login.failed');
    expect(failed).toMatchObject({ actorUserId: null, details: { email: 'officer.larissa@demo.cni.gr' } });
  });
});
