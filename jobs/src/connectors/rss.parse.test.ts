import { describe, expect, it } from 'vitest';
import type { RawCall } from '../ingest/types.ts';
import { parseFeed, type FeedContext } from './rss.parse.ts';
import { readFixture, readFixtureBytes } from './test-support.ts';

const context: FeedContext = { origin: 'rss test', contentType: 'application/rss+xml', language: null, dateZone: 'Europe/Athens' };

async function greekFeed(): Promise<RawCall[]> {
  const bytes = await readFixtureBytes('rss/greek-donor-calls.xml');
  return parseFeed(new TextDecoder('windows-1253').decode(bytes), context);
}

function rss(items: string, channel = ''): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${channel}${items}</channel></rss>`;
}

describe('parseFeed: RSS 2.0', () => {
  it('reads the items of a Greek feed, in its language, with content:encoded as the body', async () => {
    const [first] = await greekFeed();
    expect(first).toMatchObject({
      key: 'ika-2026-041',
      title: 'Πρόσκληση υποβολής προτάσεων «Ένταξη προσφύγων στην τοπική κοινωνία 2027»',
      url: 'https://www.idryma-allileggyis.gr/proskliseis/entaxi-prosfygon-2027',
      language: 'el',
      dateZone: 'Europe/Athens',
      publishedAt: '2026-11-19T07:30:00.000Z',
      dateText: null,
    });
    expect(first?.body).toContain('<strong>δήμους</strong>');
    // &nbsp; and &euro; are not XML: they reach the text as the characters they name.
    expect(first?.summary).toBe('Επιχορηγήσεις έως 60.000\u00a0€ για δήμους και ΜΚΟ. Συνολικός προϋπολογισμός: 450.000 €. Προθεσμία υποβολής: 15/01/2027.');
  });

  it('keeps one item per guid', async () => {
    const items = await greekFeed();
    expect(items.map((item) => item.key)).toEqual(['ika-2026-041', 'ika-2026-038', 'ika-2026-035', 'ika-2026-012']);
  });

  it('survives a bare ampersand in text and in a link', async () => {
    const [, second] = await greekFeed();
    expect(second?.title).toBe('Μικρές επιχορηγήσεις για δημοτικά κέντρα κοινότητας & οργανώσεις μεταναστών');
    expect(second?.url).toBe('https://www.idryma-allileggyis.gr/proskliseis/mikres-epichorigiseis?kyklos=4&etos=2026');
  });

  it('keeps a Greek or d/m/y date as text, with no publication instant, and keeps the item', async () => {
    const [, greekDate, dayMonthYear] = await greekFeed();
    expect(greekDate).toMatchObject({ publishedAt: null, dateText: 'Πεμ, 05 Νοε 2026 10:00:00 +0200' });
    expect(dayMonthYear).toMatchObject({ publishedAt: null, dateText: '02/11/2026' });
  });

  it('keys an item by guid, else link, else title', async () => {
    const items = await parseFeed(
      rss('<item><title>A</title><link>https://a.example/1</link></item><item><title>B</title></item><item><title>C</title><guid>c-1</guid></item>'),
      context,
    );
    expect(items.map((item) => item.key)).toEqual(['https://a.example/1', 'B', 'c-1']);
  });

  it('never keeps a link that is not http(s)', async () => {
    const [item] = await parseFeed(rss('<item><title>A</title><link>javascript:alert(1)</link></item>'), context);
    expect(item?.url).toBeNull();
  });

  it('lets the configured language win over the one the feed states', async () => {
    const [item] = await parseFeed(rss('<item><title>A</title></item>', '<language>el</language>'), { ...context, language: 'en' });
    expect(item?.language).toBe('en');
  });

  it('reads an <rss> root without a version as RSS 2.0', async () => {
    const items = await parseFeed('<rss><channel><title>T</title><item><title>A</title></item></channel></rss>', context);
    expect(items.map((item) => item.title)).toEqual(['A']);
  });

  it('refuses an item without a title', async () => {
    await expect(parseFeed(rss('<item><link>https://a.example/1</link></item>'), context)).rejects.toMatchObject({
      code: 'invalid_document',
      message: expect.stringContaining('item 1 has no title'),
    });
  });
});

describe('parseFeed: Atom', () => {
  it('reads entries, with an HTML entity in the title and an unreadable date that does not reject the feed', async () => {
    const items = await parseFeed(await readFixture('rss/international-donors.atom.xml'), { ...context, contentType: 'application/atom+xml' });
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      key: 'tag:cities-integration-funding.example.org,2026:unhcr-grc-2026-0117',
      url: 'https://www.unpartnerportal.org/cfei/open/UNHCR-GRC-2026-0117',
      publishedAt: '2026-11-16T09:00:00.000Z',
      summary: 'UNHCR Greece invites partners, including municipalities, to run refugee inclusion services in 2027. Deadline: 18 December 2026.',
    });
    expect(items[0]?.body).toContain('<strong>18 December 2026, 23:59 Athens time</strong>');
    expect(items[1]?.publishedAt).toBe('2026-11-02T11:00:00.000Z');
    expect(items[2]).toMatchObject({
      title: 'Open Society Foundations’ Migrant Inclusion Fund – grants for cities',
      summary: 'The Fund’s next round supports city–civil society partnerships. Letters of inquiry from 1 February 2027.',
      publishedAt: null,
      dateText: 'coming soon',
    });
  });
});

describe('parseFeed: RDF (RSS 1.0)', () => {
  it('reads items with dc:date and the dc:language of the channel', async () => {
    const bytes = await readFixtureBytes('rss/municipal-network.rdf.xml');
    const items = await parseFeed(new TextDecoder('iso-8859-7').decode(bytes), context);
    expect(items.map((item) => [item.title, item.publishedAt, item.dateText, item.language])).toEqual([
      ['URBACT IV: πρόσκληση για δίκτυα σχεδιασμού δράσης 2027', '2026-11-09T08:00:00.000Z', null, 'el'],
      ['Ευρωπαϊκή Αστική Πρωτοβουλία: 4η πρόσκληση Καινοτόμων Δράσεων', null, '2026-10-21', 'el'],
      ['Erasmus+: συμπράξεις για την εκπαίδευση ενηλίκων μεταναστών', '2026-10-02T08:30:00.000Z', null, 'el'],
    ]);
    expect(items[0]?.key).toBe('https://www.dikti-poleon.gr/nea/urbact-iv-action-planning-2027');
  });
});

describe('parseFeed: documents that are not feeds', () => {
  it('refuses an HTML page served as text/html', async () => {
    await expect(parseFeed(await readFixture('rss/error-page.html'), { ...context, contentType: 'text/html' })).rejects.toMatchObject({
      name: 'SourceError',
      code: 'unexpected_content',
      message: expect.stringContaining('an HTML page (text/html)'),
    });
  });

  it('refuses an HTML page even when it is labelled as RSS', async () => {
    await expect(parseFeed(await readFixture('rss/error-page.html'), context)).rejects.toMatchObject({ code: 'unexpected_content' });
  });

  it('accepts a real feed that a misconfigured server labels text/html', async () => {
    const items = await parseFeed(await readFixture('rss/international-donors.atom.xml'), { ...context, contentType: 'text/html' });
    expect(items).toHaveLength(4);
  });

  it('gives a clear SourceError for malformed XML, not a crash', async () => {
    await expect(parseFeed(await readFixture('rss/malformed.xml'), context)).rejects.toMatchObject({
      name: 'SourceError',
      code: 'invalid_document',
      message: expect.stringContaining('not well-formed XML'),
    });
  });

  it('refuses a billion-laughs document quickly', async () => {
    const started = performance.now();
    await expect(parseFeed(await readFixture('rss/billion-laughs.xml'), context)).rejects.toMatchObject({ code: 'invalid_document' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads an undeclared entity used without a DOCTYPE as literal text, never expanding anything', async () => {
    const [item] = await parseFeed(rss('<item><title>&lol9; &rsquo;</title></item>'), context);
    expect(item?.title).toBe('&lol9; ’');
  });
});
