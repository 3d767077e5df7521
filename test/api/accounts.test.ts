import type { AddressInfo } from 'node:net';
import { createApp, loadConfig } from '@cni/api';
import { demoPassword, seedDemoData, seedReferenceData } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { createRematchQueue } from '@cni/jobs';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';

const day = 24 * 60 * 60 * 1000;
const goodPassword = 'a quiet harbour at dawn';

/** The real app on a fresh seeded database, with a clock the test moves (lockouts, invitation expiry). */
async function startClockedServer() {
  const handle: TempDb = await createTempDb();
  await seedReferenceData(handle.db);
  await seedDemoData(handle.db);
  // Starts at the real time: the session middleware judges idle and absolute expiry by the wall clock.
  const clock = { at: Date.now() };
  const rematch = createRematchQueue({ db: handle.db, delayMs: 10 });
  const app = createApp({ db: handle.db, config: loadConfig({ DATABASE_URL: handle.url, JOBS: 'off' }), rematch, now: () => new Date(clock.at) });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle,
    clock,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rematch.idle();
      handle.destroy();
    },
  };
}

type ClockedServer = Awaited<ReturnType<typeof startClockedServer>>;

async function auditActions(admin: ApiClient, action: string): Promise<any[]> {
  const page = await admin.get(`/api/admin/audit?action=${encodeURIComponent(action)}&limit=200`);
  expect(page.status).toBe(200);
  return page.body.entries;
}

describe('accounts', () => {
  let server: ClockedServer;
  let admin: ApiClient;
  beforeEach(async () => {
    server = await startClockedServer();
    admin = await loggedInAs(server.url, 'admin@demo.cni.gr');
  });
  afterEach(() => server.close());

  async function invite(by: ApiClient, body: Record<string, unknown>) {
    const response = await by.post('/api/admin/invitations', body);
    return { ...response, token: typeof response.body?.url === 'string' ? response.body.url.split('/invitation/')[1] : undefined };
  }

  describe('invitations', () => {
    it('turns a one-time link into an officer account that is logged in, and refuses the link afterwards', async () => {
      const created = await invite(admin, { email: 'Nea.Ypallilos@Athens.gr', role: 'officer', municipality: 'athens' });
      expect(created.status).toBe(201);
      expect(created.body.url).toMatch(new RegExp(`^${server.url}/invitation/[\\w-]{43}$`));
      expect(Date.parse(created.body.expiresAt) - server.clock.at).toBe(7 * day);

      const invitee = new ApiClient(server.url);
      const offer = await invitee.get(`/api/invitations/${created.token}`);
      expect(offer.status).toBe(200);
      expect(offer.body).toMatchObject({ email: 'nea.ypallilos@athens.gr', role: 'officer', municipality: { slug: 'athens' } });

      const weak = await invitee.post(`/api/invitations/${created.token}/accept`, { name: 'Νέα Υπάλληλος', password: 'password1234' });
      expect(weak.status).toBe(400);
      expect(weak.body.error).toMatchObject({ code: 'password_rejected', message: expect.stringMatching(/too common/) });

      const accepted = await invitee.post(`/api/invitations/${created.token}/accept`, { name: 'Νέα Υπάλληλος', password: goodPassword });
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({ email: 'nea.ypallilos@athens.gr', role: 'officer', municipality: { slug: 'athens' } });
      expect((await invitee.get('/api/me')).body.name).toBe('Νέα Υπάλληλος');
      expect((await new ApiClient(server.url).login('nea.ypallilos@athens.gr', goodPassword)).status).toBe(200);

      const again = await new ApiClient(server.url).post(`/api/invitations/${created.token}/accept`, { name: 'Κάποιος Άλλος', password: goodPassword });
      expect(again.status).toBe(404);
      expect(again.body.error.message).toBe('This invitation link is invalid or has expired.');
      expect((await invitee.get(`/api/invitations/${created.token}`)).status).toBe(404);

      const list = await admin.get('/api/admin/invitations');
      expect(list.body.find((row: any) => row.id === created.body.id)).toMatchObject({ status: 'used', municipality: 'athens', invitedBy: 'admin@demo.cni.gr' });
      expect((await auditActions(admin, 'invitation.accept'))[0]).toMatchObject({ entityId: created.body.id, actorEmail: 'nea.ypallilos@athens.gr' });
      expect((await auditActions(admin, 'invitation.create'))[0]).toMatchObject({ entityId: created.body.id, actorEmail: 'admin@demo.cni.gr' });
    });

    it('makes one account when the same link is accepted twice at once', async () => {
      const created = await invite(admin, { email: 'twice@example.gr', role: 'liaison' });
      const answers = await Promise.all(
        ['Πρώτη Καρτέλα', 'Δεύτερη Καρτέλα'].map((name) => new ApiClient(server.url).post(`/api/invitations/${created.token}/accept`, { name, password: goodPassword })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 404]);
      const rows = await server.handle.client.execute("SELECT count(*) AS n FROM users WHERE email = 'twice@example.gr'");
      expect(Number(rows.rows[0]!.n)).toBe(1);
    });

    it('keeps only a hash of the token', async () => {
      const created = await invite(admin, { email: 'someone@example.gr', role: 'liaison' });
      const rows = await server.handle.client.execute('SELECT * FROM invitations');
      expect(JSON.stringify(rows.rows)).not.toContain(created.token);
      expect(rows.rows[0]!.token_hash).toMatch(/^[\w-]{43}$/);
    });

    it('answers an expired, a revoked and an unknown link with the same 404', async () => {
      const expiring = await invite(admin, { email: 'late@example.gr', role: 'coordinator' });
      const revoked = await invite(admin, { email: 'withdrawn@example.gr', role: 'officer', municipality: 'larissa' });
      expect((await admin.delete(`/api/admin/invitations/${revoked.body.id}`)).status).toBe(204);
      expect((await admin.delete(`/api/admin/invitations/${revoked.body.id}`)).status).toBe(409);

      server.clock.at += 7 * day - 1000;
      expect((await new ApiClient(server.url).get(`/api/invitations/${expiring.token}`)).status).toBe(200);
      server.clock.at += 1000;

      const answers = await Promise.all(
        [expiring.token, revoked.token, 'x'.repeat(43)].map((token) =>
          new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { name: 'Late Person', password: goodPassword }),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
      expect(new Set(answers.map((answer) => answer.body.error.message)).size).toBe(1);
      const statuses = Object.fromEntries((await admin.get('/api/admin/invitations')).body.map((row: any) => [row.email, row.status]));
      expect(statuses).toMatchObject({ 'late@example.gr': 'expired', 'withdrawn@example.gr': 'revoked' });
      expect((await auditActions(admin, 'invitation.revoke'))[0].entityId).toBe(revoked.body.id);
    });

    it('lets coordinators invite and revoke officers only, and officers nothing', async () => {
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      expect((await invite(coordinator, { email: 'o1@example.gr', role: 'officer', municipality: 'athens' })).status).toBe(201);
      for (const role of ['coordinator', 'liaison', 'admin']) {
        const refused = await invite(coordinator, { email: `x-${role}@example.gr`, role });
        expect(refused.status, role).toBe(403);
        expectErrorShape(refused.body);
      }
      const adminMade = await invite(admin, { email: 'c2@example.gr', role: 'coordinator' });
      expect((await coordinator.delete(`/api/admin/invitations/${adminMade.body.id}`)).status).toBe(403);
      expect((await coordinator.get('/api/admin/invitations')).body.map((row: any) => row.role)).toEqual(['officer']);

      const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      expect((await invite(officer, { email: 'o2@example.gr', role: 'officer', municipality: 'athens' })).status).toBe(403);
    });

    it('refuses an officer without a municipality, another role with one, and an address that has an account', async () => {
      expect((await invite(admin, { email: 'a@example.gr', role: 'officer' })).status).toBe(400);
      expect((await invite(admin, { email: 'a@example.gr', role: 'liaison', municipality: 'athens' })).status).toBe(400);
      expect((await invite(admin, { email: 'Officer.Athens@demo.cni.gr', role: 'liaison' })).status).toBe(409);
    });
  });

  describe('sessions', () => {
    it('logout-everywhere ends every session of the user, and only theirs', async () => {
      const laptop = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const phone = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const colleague = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
      expect((await phone.post('/api/auth/logout-everywhere')).status).toBe(204);
      expect((await laptop.get('/api/me')).status).toBe(401);
      expect((await phone.get('/api/me')).status).toBe(401);
      expect((await colleague.get('/api/me')).status).toBe(200);
      expect((await auditActions(admin, 'auth.logout_everywhere'))[0].actorEmail).toBe('officer.athens@demo.cni.gr');
    });

    it('rotates the session at login: the id the browser held before stops working', async () => {
      const client = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const before = client.cookie;
      expect((await client.login('officer.athens@demo.cni.gr')).status).toBe(200);
      const planted = new ApiClient(server.url);
      planted.cookie = before;
      expect((await planted.get('/api/me')).status).toBe(401);
      expect((await client.get('/api/me')).status).toBe(200);
    });

    it('lets an admin end someone’s sessions', async () => {
      const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const id = (await officer.get('/api/me')).body.id;
      expect((await admin.post(`/api/admin/users/${id}/sessions/revoke`)).status).toBe(204);
      expect((await officer.get('/api/me')).status).toBe(401);
      expect((await auditActions(admin, 'user.sessions_revoke'))[0].entityId).toBe(id);
    });
  });

  describe('POST /api/auth/password', () => {
    it('checks the current password and the rules, then ends the other sessions but this one', async () => {
      const here = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const elsewhere = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      expect((await here.post('/api/auth/password', { currentPassword: 'wrong', newPassword: goodPassword })).status).toBe(403);
      const short = await here.post('/api/auth/password', { currentPassword: demoPassword, newPassword: 'short one' });
      expect(short.status).toBe(400);
      expect(short.body.error.message).toMatch(/at least 12/);
      expect((await here.post('/api/auth/password', { currentPassword: demoPassword, newPassword: 'officer.athens' })).status).toBe(400);
      expect((await here.post('/api/auth/password', { currentPassword: demoPassword, newPassword: goodPassword })).status).toBe(204);
      expect((await here.get('/api/me')).status).toBe(200);
      expect((await elsewhere.get('/api/me')).status).toBe(401);
      expect((await new ApiClient(server.url).login('officer.athens@demo.cni.gr')).status).toBe(401);
      expect((await new ApiClient(server.url).login('officer.athens@demo.cni.gr', goodPassword)).status).toBe(200);
      expect(await auditActions(admin, 'auth.password_change')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'auth.password_change', actorEmail: 'officer.athens@demo.cni.gr' }),
          expect.objectContaining({ action: 'auth.password_change.failed', actorEmail: 'officer.athens@demo.cni.gr' }),
        ]),
      );
    });

    it('counts wrong current passwords towards the account’s lockout', async () => {
      const client = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await client.post('/api/auth/password', { currentPassword: `guess-${attempt}`, newPassword: goodPassword })).status).toBe(403);
      }
      const refused = await client.post('/api/auth/password', { currentPassword: demoPassword, newPassword: goodPassword });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBe(60);
      expect((await new ApiClient(server.url).login('officer.athens@demo.cni.gr')).status).toBe(429);
    });
  });

  describe('lockout', () => {
    async function failUntilLocked(client: ApiClient, email: string): Promise<number[]> {
      const waits: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) expect((await client.login(email, `guess-${attempt}`)).status).toBe(401);
      for (let round = 0; round < 4; round++) {
        const refused = await client.login(email, demoPassword);
        expect(refused.status).toBe(429);
        expect(refused.body.error.code).toBe('rate_limited');
        const wait = Number(refused.headers.get('retry-after'));
        waits.push(wait);
        server.clock.at += (wait - 1) * 1000;
        expect((await client.login(email, demoPassword)).status).toBe(429);
        server.clock.at += 1000;
        expect((await client.login(email, `late-guess-${round}`)).status).toBe(401);
      }
      return waits;
    }

    it('refuses an account after 5 failures for 1, 2, 4, 8 minutes, the same for an unknown address, and a success resets', async () => {
      const client = new ApiClient(server.url);
      expect(await failUntilLocked(client, 'officer.piraeus@demo.cni.gr')).toEqual([60, 120, 240, 480]);
      expect(await failUntilLocked(client, 'nobody-here@demo.cni.gr')).toEqual([60, 120, 240, 480]);

      server.clock.at += 960 * 1000;
      expect((await client.login('officer.piraeus@demo.cni.gr')).status).toBe(200);
      expect((await client.login('officer.piraeus@demo.cni.gr', 'one more guess')).status).toBe(401);
      expect((await client.login('officer.piraeus@demo.cni.gr')).status).toBe(200);

      const lockouts = await auditActions(admin, 'auth.lockout');
      expect(lockouts.map((row) => row.details.lockedForSeconds).reverse()).toEqual([60, 120, 240, 480, 960, 60, 120, 240, 480, 960]);
      expect((await auditActions(admin, 'auth.login.failed')).length).toBeGreaterThanOrEqual(18);
      expect((await auditActions(admin, 'auth.login.rate_limited')).length).toBeGreaterThanOrEqual(16);
    });

    it('caps the delay at an hour', async () => {
      const client = new ApiClient(server.url);
      let failures = 0;
      while (failures < 13) {
        const answer = await client.login('officer.athens@demo.cni.gr', `guess-${failures}`);
        if (answer.status === 429) server.clock.at += Number(answer.headers.get('retry-after')) * 1000;
        else {
          expect(answer.status).toBe(401);
          failures++;
        }
      }
      expect(Number((await client.login('officer.athens@demo.cni.gr')).headers.get('retry-after'))).toBe(3600);
    });
  });

  describe('user management', () => {
    it('is for admins only', async () => {
      const anonymous = new ApiClient(server.url);
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      for (const path of ['/api/admin/users', '/api/admin/audit']) {
        expect((await anonymous.get(path)).status).toBe(401);
        expect((await coordinator.get(path)).status).toBe(403);
        expect((await officer.get(path)).status).toBe(403);
      }
      expect((await officer.get('/api/admin/invitations')).status).toBe(403);
    });

    it('lists users, changes roles, and disabling ends their sessions and logins', async () => {
      const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const users = (await admin.get('/api/admin/users')).body as any[];
      const athens = users.find((user) => user.email === 'officer.athens@demo.cni.gr');
      expect(athens).toMatchObject({ role: 'officer', municipality: 'athens', disabled: false });
      expect(athens.lastLoginAt).toBe(new Date(server.clock.at).toISOString());

      expect((await admin.patch(`/api/admin/users/${athens.id}`, { disabled: true })).status).toBe(204);
      expect((await officer.get('/api/me')).status).toBe(401);
      expect((await new ApiClient(server.url).login('officer.athens@demo.cni.gr')).status).toBe(401);
      expect((await admin.patch(`/api/admin/users/${athens.id}`, { disabled: false })).status).toBe(204);
      expect((await new ApiClient(server.url).login('officer.athens@demo.cni.gr')).status).toBe(200);

      expect((await admin.patch(`/api/admin/users/${athens.id}`, { role: 'coordinator' })).status).toBe(204);
      expect((await admin.patch(`/api/admin/users/${athens.id}`, { role: 'officer' })).status).toBe(400);
      expect((await admin.patch(`/api/admin/users/${athens.id}`, { role: 'officer', municipality: 'larissa' })).status).toBe(204);
      const after = ((await admin.get('/api/admin/users')).body as any[]).find((user) => user.id === athens.id);
      expect(after).toMatchObject({ role: 'officer', municipality: 'larissa' });

      const actions = (await auditActions(admin, 'user.')).filter((row) => row.entityId === athens.id).map((row) => row.action);
      expect(actions).toEqual(['user.update', 'user.update', 'user.enable', 'user.disable']);
    });

    it('will not let an admin disable or demote themself', async () => {
      const me = (await admin.get('/api/me')).body;
      expect((await admin.patch(`/api/admin/users/${me.id}`, { disabled: true })).status).toBe(403);
      expect((await admin.patch(`/api/admin/users/${me.id}`, { role: 'coordinator' })).status).toBe(403);
      expect((await admin.get('/api/me')).status).toBe(200);
    });
  });

  describe('GET /api/admin/audit', () => {
    it('pages newest first and filters by action prefix and actor', async () => {
      const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      await officer.post('/api/auth/logout');
      await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const first = await admin.get('/api/admin/audit?action=auth.log&actor=Officer.Athens@demo.cni.gr&limit=2');
      expect(first.body.entries.map((row: any) => row.action)).toEqual(['auth.login', 'auth.logout']);
      const second = await admin.get(`/api/admin/audit?action=auth.log&actor=officer.athens@demo.cni.gr&limit=2&before=${first.body.nextBefore}`);
      expect(second.body.entries.map((row: any) => row.action)).toEqual(['auth.login']);
      expect(second.body.nextBefore).toBeNull();
      expect((await admin.get('/api/admin/audit?action=auth.login%25')).body.entries).toEqual([]);
      expect((await admin.get('/api/admin/audit?limit=0')).status).toBe(400);
    });
  });
});
