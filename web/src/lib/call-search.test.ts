import { describe, expect, it } from 'vitest';
import {
  countPages,
  effectiveSort,
  fromSavedSearchQuery,
  hasFilters,
  readCallSearch,
  toCallsApiQuery,
  toCallsHref,
  toSavedSearchQuery,
} from './call-search.ts';

describe('readCallSearch', () => {
  it('reads the known values of the address bar', () => {
    expect(readCallSearch({ q: ' ένταξη ', status: 'open', programme: 'amif', sort: 'newest', page: '3' })).toEqual({
      q: 'ένταξη',
      status: 'open',
      programme: 'amif',
      sort: 'newest',
      page: 3,
    });
  });

  it('drops values the API would not know', () => {
    expect(readCallSearch({ status: 'withdrawn', programme: 'lottery', sort: 'random', page: '-1' })).toEqual({});
    expect(readCallSearch({ page: '1' })).toEqual({});
    expect(readCallSearch({ page: '2.5' })).toEqual({});
  });

  it('takes the first of repeated values', () => {
    expect(readCallSearch({ status: ['closed', 'open'] })).toEqual({ status: 'closed' });
  });
});

describe('effectiveSort', () => {
  it('sorts by relevance when searching and by deadline otherwise, unless asked', () => {
    expect(effectiveSort({})).toBe('deadline');
    expect(effectiveSort({ q: 'AMIF' })).toBe('relevance');
    expect(effectiveSort({ q: 'AMIF', sort: 'newest' })).toBe('newest');
    expect(effectiveSort({ sort: 'relevance' })).toBe('deadline');
  });
});

describe('toCallsApiQuery', () => {
  it('always states the sort, page and page size', () => {
    expect(toCallsApiQuery({})).toBe('sort=deadline&page=1&pageSize=20');
    expect(toCallsApiQuery({ q: 'ένταξη & εργασία', status: 'open', page: 2 })).toBe(
      'q=%CE%AD%CE%BD%CF%84%CE%B1%CE%BE%CE%B7+%26+%CE%B5%CF%81%CE%B3%CE%B1%CF%83%CE%AF%CE%B1&status=open&sort=relevance&page=2&pageSize=20',
    );
  });
});

describe('toCallsHref', () => {
  it('leaves defaults out of the address', () => {
    expect(toCallsHref({})).toBe('/calls');
    expect(toCallsHref({ page: 1, programme: 'esf-plus' })).toBe('/calls?programme=esf-plus');
    expect(toCallsHref({ q: 'AMIF', page: 2 })).toBe('/calls?q=AMIF&page=2');
  });
});

describe('countPages', () => {
  it('has at least one page', () => {
    expect(countPages(0, 20)).toBe(1);
    expect(countPages(20, 20)).toBe(1);
    expect(countPages(21, 20)).toBe(2);
  });
});

describe('theme and applicant filters', () => {
  it('survive a round trip through the address bar', () => {
    const search = { q: 'μεταναστών', status: 'open', theme: 'labour-market', applicant: 'municipalities', sort: 'newest', page: 2 } as const;
    const href = toCallsHref(search);
    expect(href).toBe(
      '/calls?q=%CE%BC%CE%B5%CF%84%CE%B1%CE%BD%CE%B1%CF%83%CF%84%CF%8E%CE%BD&status=open&theme=labour-market&applicant=municipalities&sort=newest&page=2',
    );
    const params = Object.fromEntries(new URL(href, 'http://localhost').searchParams);
    expect(readCallSearch(params)).toEqual(search);
  });

  it('are sent to the API', () => {
    expect(toCallsApiQuery({ theme: 'networking', applicant: 'ngos' })).toBe(
      'theme=networking&applicant=ngos&sort=deadline&page=1&pageSize=20',
    );
  });

  it('drop an applicant kind the API does not know and a malformed theme', () => {
    expect(readCallSearch({ applicant: 'aliens', theme: 'Labour Market!' })).toEqual({});
    expect(readCallSearch({ theme: 'x'.repeat(65) })).toEqual({});
  });

  it('count as filters', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ sort: 'newest', page: 3 })).toBe(false);
    expect(hasFilters({ theme: 'networking' })).toBe(true);
    expect(hasFilters({ applicant: 'regions' })).toBe(true);
  });
});

describe('saved searches', () => {
  it('keep the filters of a search, not its sort or page', () => {
    expect(toSavedSearchQuery({ q: 'AMIF', theme: 'labour-market', applicant: 'municipalities', sort: 'newest', page: 4 })).toEqual({
      q: 'AMIF',
      theme: 'labour-market',
      applicant: 'municipalities',
    });
  });

  it('open again as the same search', () => {
    const search = { q: 'πρόσφυγες', status: 'forthcoming', programme: 'amif', theme: 'networking', applicant: 'ngos' } as const;
    expect(fromSavedSearchQuery(toSavedSearchQuery(search))).toEqual(search);
  });

  it('ignore what the list cannot show and what is not known', () => {
    expect(fromSavedSearchQuery({ q: 'ένταξη', minBudget: 100000, funder: 'IOM', status: 'withdrawn' as never })).toEqual({ q: 'ένταξη' });
  });
});
