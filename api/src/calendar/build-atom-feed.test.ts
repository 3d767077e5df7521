import { describe, expect, it } from 'vitest';
import { buildOfficialCallsFeed } from './build-atom-feed.ts';

describe('buildOfficialCallsFeed', () => {
  const calls = [
    {
      id: 'new',
      title: 'Κέντρα Ένταξης <2027> & μεσολάβηση',
      summary: 'Πρόσκληση προς τους δήμους.',
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      deadline: '2027-03-31T12:00:00.000Z',
      firstSeenAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    },
    { id: 'old', title: 'Older', summary: '', funder: null, deadline: null, firstSeenAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-11-25T08:00:00.000Z' },
  ];

  it('is an Atom 1.0 feed with an entry per call, permanent ids and the latest change as its update time', () => {
    const xml = buildOfficialCallsFeed({ calls, origin: 'https://cni.example.gr', now: new Date('2026-11-26T10:00:00Z') });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<id>https://cni.example.gr/feeds/calls.atom</id>');
    expect(xml).toMatch(/<feed[^]*?<updated>2026-11-25T08:00:00.000Z<\/updated>/);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('<id>https://cni.example.gr/calls/new</id>')).toBeLessThan(xml.indexOf('<id>https://cni.example.gr/calls/old</id>'));
    expect(xml).toContain('<name>Cities Network for Integration</name>');
  });

  it('escapes titles and summaries, which the feed marks as HTML', () => {
    const xml = buildOfficialCallsFeed({ calls, origin: 'https://cni.example.gr', now: new Date() });
    expect(xml).toContain('Κέντρα Ένταξης &lt;2027&gt; &amp; μεσολάβηση');
    expect(xml).not.toContain('<2027>');
    // 12:00 UTC on 31 March 2027 is 15:00 in Athens (EEST).
    expect(xml).toContain('Προθεσμία / Deadline: Τετάρτη 31 Μαρτίου 2027 στις 15:00');
  });
});
