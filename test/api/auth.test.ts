import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('auth', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  describe('POST /api/auth/login', () => {
    it('logs a demo officer in with an HttpOnly SameSite cookie and returns who they are', async () => {
      const client = new ApiClient(server.url);
      const response = await client.login('Officer.Athens@demo.cni.gr');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        email: 'officer.athens@demo.cni.gr',
        role: 'officer',
        municipality: { slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' },
      });
      expect(response.body.calendarUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[\w-]{20,}\.ics$/);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^cni_session=[\w-]{40,};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);

      const me = await client.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body.email).toBe('officer.athens@demo.cni.gr');
    });

    it('issues a new session id at every login', async () => {
      const first = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      const second = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      expect(first.cookie).not.toEqual(second.cookie);
      expect((await first.get('/api/me')).status).toBe(200);
      expect((await second.get('/api/me')).status).toBe(200);
    });

    it('answers 401 with the error shape for a wrong password and for an unknown address', async () => {
      const client = new ApiClient(server.url);
      const wrong = await client.login('officer.athens@demo.cni.gr', 'not-the-password');
      expect(wrong.status).toBe(401);
      expectErrorShape(wrong.body);
      expect(wrong.body.error.code).toBe('invalid_credentials');
      expect(wrong.headers.get('set-cookie')).toBeNull();
      const unknown = await client.login('nobody@example.org', 'whatever');
      expect(unknown.status).toBe(401);
      expect(unknown.body.error.message).toBe(wrong.body.error.message);
    });

    it('answers 400 for a malformed address', async () => {
      const response = await new ApiClient(server.url).login('not-an-address', 'x');
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
    });

    it('rate-limits an account after 5 failures with 429 and Retry-After, even for the right password', async () => {
      const client = new ApiClient(server.url);
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await client.login('officer.piraeus@demo.cni.gr', `guess-${attempt}`)).status).toBe(401);
      }
      const limited = await client.login('officer.piraeus@demo.cni.gr');
      expect(limited.status).toBe(429);
      expectErrorShape(limited.body);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another account is not locked out by someone guessing Piraeus's password.
      expect((await client.login('officer.athens@demo.cni.gr')).status).toBe(200);
    });

    it('rate-limits one address that tries many accounts', async () => {
      const client = new ApiClient(server.url);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 31; attempt++) {
        statuses.push((await client.login(`someone-${attempt}@example.org`, 'guess')).status);
      }
      expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends the session so the old cookie gets 401', async () => {
      const client = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const stolenCookie = client.cookie;
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      const replay = new ApiClient(server.url);
      replay.cookie = stolenCookie;
      const me = await replay.get('/api/me');
      expect(me.status).toBe(401);
      expectErrorShape(me.body);
    });
  });

  describe('GET /api/me', () => {
    it('answers 401 without a session and for a forged cookie', async () => {
      const anonymous = new ApiClient(server.url);
      expect((await anonymous.get('/api/me')).status).toBe(401);
      anonymous.cookie = 'cni_session=forged-token-value';
      expect((await anonymous.get('/api/me')).status).toBe(401);
    });
  });
});
