import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('starts a local demo with no configuration at all', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'file:data/cni.db',
      demo: true,
      jobs: true,
      fetchAllowlist: [],
    });
  });

  it('reads JOBS=off, DEMO=0 with a secret, and the fetch allowlist', () => {
    const config = loadConfig({ JOBS: 'off', DEMO: '0', SESSION_SECRET: 's'.repeat(40), FETCH_ALLOWLIST: '127.0.0.1, 10.0.0.0/8,' });
    expect(config).toMatchObject({ jobs: false, demo: false, sessionSecret: 's'.repeat(40), fetchAllowlist: ['127.0.0.1', '10.0.0.0/8'] });
  });

  it('refuses to start without SESSION_SECRET when DEMO=0, naming the variable', () => {
    expect(() => loadConfig({ DEMO: '0' })).toThrow(/SESSION_SECRET/);
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('reads SMTP_URL with MAIL_FROM, and refuses SMTP_URL without a sender or of another scheme', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.gr:587', MAIL_FROM: 'CNI <funding@example.gr>' })).toMatchObject({
      smtpUrl: 'smtp://user:pass@mail.example.gr:587',
      mailFrom: 'CNI <funding@example.gr>',
    });
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: undefined });
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.gr' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.gr', MAIL_FROM: 'a@b.gr' })).toThrow(/SMTP_URL/);
  });
});
