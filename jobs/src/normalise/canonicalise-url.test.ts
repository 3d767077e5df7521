import { describe, expect, it } from 'vitest';
import { canonicaliseUrl } from './canonicalise-url.ts';

describe('canonicaliseUrl', () => {
  it.each([
    ['lower-cases the host', 'https://WWW.ESPA.GR/el/Pages/Proclamations.aspx', 'https://www.espa.gr/el/Pages/Proclamations.aspx'],
    ['drops the fragment', 'https://migration.gov.gr/prosklisi/#content', 'https://migration.gov.gr/prosklisi'],
    ['drops a default port', 'https://migration.gov.gr:443/prosklisi/', 'https://migration.gov.gr/prosklisi'],
    ['keeps another port', 'http://127.0.0.1:8080/feed/', 'http://127.0.0.1:8080/feed'],
    ['drops the trailing slash of the root', 'https://migration.gov.gr/', 'https://migration.gov.gr'],
    [
      'drops utm_* and click identifiers but keeps item=',
      'https://www.espa.gr/el/Pages/ProclamationsFS.aspx?utm_source=newsletter&item=5321&fbclid=abc&utm_medium=email',
      'https://www.espa.gr/el/Pages/ProclamationsFS.aspx?item=5321',
    ],
    ['sorts the remaining parameters', 'https://example.org/list?page=2&cat=7', 'https://example.org/list?cat=7&page=2'],
    ['percent-encodes a Greek ΑΔΑ the same way every time', 'https://diavgeia.gov.gr/decision/view/901ΓΩΛΚ-ΓΙΣ', 'https://diavgeia.gov.gr/decision/view/901%CE%93%CE%A9%CE%9B%CE%9A-%CE%93%CE%99%CE%A3'],
    ['returns what is not a URL trimmed', '  not a url ', 'not a url'],
  ])('%s', (_name, url, expected) => {
    expect(canonicaliseUrl(url)).toBe(expected);
  });

  it('gives the same key to two spellings of one page', () => {
    expect(canonicaliseUrl('HTTPS://Example.org/call/?utm_campaign=x#top')).toBe(canonicaliseUrl('https://example.org/call'));
  });
});
