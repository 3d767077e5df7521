import { describe, expect, it } from 'vitest';
import { buildDigestText, digestSubject } from './digest-text.ts';

describe('buildDigestText', () => {
  const input = {
    name: 'Μαρία',
    week: '2026-W48',
    notifications: [{ title: 'Deadline extended: AMIF 2027', link: '/calls/c1' }],
    deadlines: [{ callId: 'c2', title: 'Κέντρα Ένταξης Μεταναστών', deadline: '2027-02-15T16:00:00.000Z', withdrawn: false }],
    publicUrl: 'https://cni.example.gr/',
  };

  it('writes Greek first, then English, with absolute links and deadlines in Athens time', () => {
    const text = buildDigestText(input);
    const greek = text.indexOf('Γεια σας, Μαρία');
    const english = text.indexOf('Hello Μαρία');
    expect(greek).toBe(0);
    expect(english).toBeGreaterThan(greek);
    // 16:00 UTC on 15 February is 18:00 in Athens (EET).
    expect(text.slice(0, english)).toContain('Δευτέρα 15 Φεβρουαρίου 2027 στις 18:00: Κέντρα Ένταξης Μεταναστών');
    expect(text.slice(english)).toContain('Monday, 15 February 2027 at 18:00: Κέντρα Ένταξης Μεταναστών');
    expect(text).toContain('  https://cni.example.gr/calls/c1');
    expect(text).toContain('  https://cni.example.gr/calls/c2');
    expect(text).not.toContain('.gr//calls');
  });

  it('says "none" for an empty list and keeps paths when no public address is known', () => {
    const text = buildDigestText({ ...input, notifications: [], publicUrl: undefined });
    expect(text).toContain('- καμία');
    expect(text).toContain('- none');
    expect(text).toContain('  /calls/c2');
  });

  it('names the week in both languages in the subject', () => {
    expect(digestSubject('2026-W48')).toMatch(/Εβδομαδιαία σύνοψη.*Weekly digest 2026-W48/);
  });
});
