import { afterEach, describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { createFetchDocument } from './fetch-document.ts';
import { startHttpServer, type LoopbackServer } from './loopback-test-server.ts';
import type { FetchedDocument } from './types.ts';

// "Άρθρο Πρόσκληση" written byte by byte from the code tables, so the test does not trust the decoder it checks.
// The two Greek code pages agree on every letter here except Ά: 0xA2 in windows-1253, 0xB6 in ISO-8859-7.
const greek = 'Άρθρο Πρόσκληση';
const rest = [0xf1, 0xe8, 0xf1, 0xef, 0x20, 0xd0, 0xf1, 0xfc, 0xf3, 0xea, 0xeb, 0xe7, 0xf3, 0xe7];
const windows1253 = Buffer.from([0xa2, ...rest]);
const iso88597 = Buffer.from([0xb6, ...rest]);
const ascii = (text: string) => Buffer.from(text, 'latin1');

function documentOf(bytes: Buffer, contentType: string | null = null, charset: string | null = null): FetchedDocument {
  return { status: 200, url: 'http://feeds.example.org/', contentType, charset, bytes, etag: null, lastModified: null, headers: {} };
}

describe('decodeText', () => {
  it.each([
    ['windows-1253', windows1253],
    ['iso-8859-7', iso88597],
  ])('decodes %s named by the Content-Type charset', (charset, bytes) => {
    expect(decodeText(documentOf(bytes, 'text/plain', charset))).toBe(greek);
  });

  it('reads the charset from the content type when the charset field is empty', () => {
    expect(decodeText(documentOf(iso88597, 'text/plain; charset="ISO-8859-7"'))).toBe(greek);
  });

  it.each([
    ['windows-1253', windows1253],
    ['ISO-8859-7', iso88597],
  ])('decodes %s named by the XML prolog', (label, bytes) => {
    const xml = Buffer.concat([ascii(`<?xml version="1.0" encoding="${label}"?>\n<title>`), bytes, ascii('</title>')]);
    expect(decodeText(documentOf(xml, 'application/xml'))).toBe(`<?xml version="1.0" encoding="${label}"?>\n<title>${greek}</title>`);
  });

  it('decodes windows-1253 named by <meta charset> and by <meta http-equiv>', () => {
    const short = Buffer.concat([ascii('<html><head><meta charset="windows-1253"></head><p>'), windows1253]);
    expect(decodeText(documentOf(short, 'text/html'))).toContain(greek);
    const long = Buffer.concat([
      ascii('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1253"></head><p>'),
      windows1253,
    ]);
    expect(decodeText(documentOf(long, 'text/html'))).toContain(greek);
  });

  it('prefers the header to the prolog', () => {
    const xml = Buffer.concat([ascii('<?xml version="1.0" encoding="windows-1253"?><t>'), iso88597, ascii('</t>')]);
    expect(decodeText(documentOf(xml, 'application/xml', 'iso-8859-7'))).toContain(greek);
  });

  it('ignores a declaration after the first 1024 bytes', () => {
    const late = Buffer.concat([ascii(' '.repeat(1100)), ascii('<meta charset="windows-1253">'), windows1253]);
    expect(decodeText(documentOf(late, 'text/html'))).not.toContain(greek);
  });

  it('decodes UTF-8 with a byte order mark and drops the mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(greek, 'utf8')]);
    expect(decodeText(documentOf(bytes, 'application/xml'))).toBe(greek);
  });

  it('trusts a byte order mark over a header that names another charset', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(greek, 'utf8')]);
    expect(decodeText(documentOf(bytes, 'application/xml', 'windows-1253'))).toBe(greek);
  });

  it('falls back to UTF-8 when nothing is declared, or the label is unknown', () => {
    expect(decodeText(documentOf(Buffer.from(greek, 'utf8')))).toBe(greek);
    expect(decodeText(documentOf(Buffer.from(greek, 'utf8'), 'text/plain', 'x-no-such-charset'))).toBe(greek);
    const prolog = Buffer.concat([ascii('<?xml version="1.0" encoding="greek-ish"?>'), Buffer.from(greek, 'utf8')]);
    expect(decodeText(documentOf(prolog))).toContain(greek);
  });
});

describe('decodeText on documents fetched from a server', () => {
  let server: LoopbackServer | undefined;
  afterEach(() => server?.close());
  const fetchDocument = createFetchDocument({ allowlist: ['127.0.0.1'] });

  it('decodes a windows-1253 feed named by the Content-Type header, and an ISO-8859-7 one named by its prolog', async () => {
    server = await startHttpServer((request, response) => {
      if (request.url === '/header') {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=windows-1253' }).end(windows1253);
      } else {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.end(Buffer.concat([ascii('<?xml version="1.0" encoding="iso-8859-7"?><title>'), iso88597, ascii('</title>')]));
      }
    });
    expect(decodeText(await fetchDocument({ url: `${server.origin}/header` }))).toBe(greek);
    expect(decodeText(await fetchDocument({ url: `${server.origin}/prolog` }))).toContain(`<title>${greek}</title>`);
  });
});
