import { describe, expect, it } from 'vitest';
import { countPages, effectiveSort, readCallSearch, toCallsApiQuery, toCallsHref } from './call-search.ts';

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
