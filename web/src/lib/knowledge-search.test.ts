import { describe, expect, it } from 'vitest';
import {
  clearedKnowledgeFilters,
  hasKnowledgeFilters,
  readKnowledgeSearch,
  toKnowledgeHref,
  toLessonsApiQuery,
  toPracticesApiQuery,
} from './knowledge-search.ts';

describe('readKnowledgeSearch', () => {
  it('reads the known values of the address bar', () => {
    expect(readKnowledgeSearch({ q: ' Προϋπολογισμός ', programme: 'esf-plus', theme: 'employment', phase: 'budget', page: '2' })).toEqual({
      q: 'Προϋπολογισμός',
      programme: 'esf-plus',
      theme: 'employment',
      phase: 'budget',
      page: 2,
    });
  });

  it('drops what the API would not know', () => {
    expect(readKnowledgeSearch({ programme: 'lottery', phase: 'dreaming', theme: 'Not A Slug', municipality: '../x', page: '0' })).toEqual({});
    expect(readKnowledgeSearch({ page: '1.5' })).toEqual({});
  });

  it('cuts a very long query and takes the first of repeated values', () => {
    expect(readKnowledgeSearch({ q: 'α'.repeat(300) }).q).toHaveLength(200);
    expect(readKnowledgeSearch({ phase: ['submission', 'budget'] })).toEqual({ phase: 'submission' });
  });
});

describe('toLessonsApiQuery', () => {
  it('asks for one page by limit and offset', () => {
    const params = new URLSearchParams(toLessonsApiQuery({ q: 'ένταξη', phase: 'budget', page: 3 }));
    expect(Object.fromEntries(params)).toEqual({ q: 'ένταξη', phase: 'budget', limit: '20', offset: '40' });
  });

  it('starts at the first lesson without a page', () => {
    expect(toLessonsApiQuery({})).toBe('limit=20&offset=0');
  });
});

describe('toPracticesApiQuery', () => {
  it('sends the filters good practices know, never a phase or a page', () => {
    expect(toPracticesApiQuery({ q: 'στέγαση', municipality: 'athens', phase: 'budget', page: 2 })).toBe('q=%CF%83%CF%84%CE%AD%CE%B3%CE%B1%CF%83%CE%B7&municipality=athens');
  });
});

describe('toKnowledgeHref', () => {
  it('writes the search into the list address, leaving the first page out', () => {
    expect(toKnowledgeHref('/lessons', {})).toBe('/lessons');
    expect(toKnowledgeHref('/lessons', { programme: 'amif', page: 1 })).toBe('/lessons?programme=amif');
    expect(toKnowledgeHref('/good-practices', { theme: 'housing', page: 2 })).toBe('/good-practices?theme=housing&page=2');
  });
});

describe('filters', () => {
  it('tells whether any filter is set, and clears them all with the page', () => {
    expect(hasKnowledgeFilters({ page: 3 })).toBe(false);
    expect(hasKnowledgeFilters({ municipality: 'athens' })).toBe(true);
    expect(Object.values(clearedKnowledgeFilters()).every((value) => value === undefined)).toBe(true);
    expect(Object.keys(clearedKnowledgeFilters()).sort()).toEqual(['municipality', 'page', 'phase', 'programme', 'q', 'theme']);
  });
});
