import { describe, expect, it } from 'vitest';
import { readFixture } from './test-support.ts';
import { parsePostsPage } from './wordpress.parse.ts';

const origin = 'wordpress test';

function post(overrides: Record<string, unknown> = {}) {
  return {
    id: 1,
    date_gmt: '2026-11-20T08:30:12',
    link: 'https://migration.gov.gr/a/',
    title: { rendered: 'Τίτλος' },
    ...overrides,
  };
}

describe('parsePostsPage', () => {
  it('reads a post: id as key, rendered HTML as title, summary and body, date_gmt as UTC', async () => {
    const [first] = parsePostsPage(await readFixture('wordpress/posts.json'), origin, 'el');
    expect(first).toMatchObject({
      key: '48213',
      reference: null,
      url: 'https://migration.gov.gr/prosklisi-dimon-kem-2027/',
      title: 'Πρόσκληση προς τους Δήμους για τη συμμετοχή στη δράση &#171;Κέντρα Ένταξης Μεταναστών 2027&#187;',
      language: 'el',
      dateZone: 'Europe/Athens',
      // `date` is 10:30:12 Athens time, written without an offset; date_gmt is the same instant in UTC.
      publishedAt: '2026-11-20T08:30:12.000Z',
    });
    expect(first?.summary).toContain('καλεί τους Δήμους');
    expect(first?.body).toContain('<strong>Καταληκτική ημερομηνία υποβολής:</strong>');
  });

  it('leaves the language to the normaliser when the source is not configured with one', () => {
    expect(parsePostsPage(JSON.stringify([post()]), origin, null)[0]?.language).toBeNull();
  });

  it('takes a post without a GMT date (a draft) as not dated rather than guessing', () => {
    expect(parsePostsPage(JSON.stringify([post({ date_gmt: null })]), origin, null)[0]?.publishedAt).toBeNull();
  });

  it('refuses a document that is not a list of posts', () => {
    const wordpressError = JSON.stringify({ code: 'rest_no_route', message: 'No route was found', data: { status: 404 } });
    expect(() => parsePostsPage(wordpressError, origin, null)).toThrow(expect.objectContaining({ code: 'invalid_document' }));
    expect(() => parsePostsPage(JSON.stringify([post({ date_gmt: '20/11/2026 08:30' })]), origin, null)).toThrow(/0\.date_gmt/);
    expect(() => parsePostsPage(JSON.stringify([post({ link: 'javascript:alert(1)' })]), origin, null)).toThrow(/0\.link/);
  });

  it('refuses an HTML error page served with 200', async () => {
    const errorPage = await readFixture('wordpress/error-page.html');
    expect(() => parsePostsPage(errorPage, origin, null)).toThrow(
      expect.objectContaining({ code: 'unexpected_content', message: expect.stringContaining('not JSON') }),
    );
  });
});
