import { describe, expect, it } from 'vitest';
import { checkSections, moveSection, newSectionKey, sortSectionIssues, trimSections, type TemplateSection } from './template-editor.ts';

const section = (key: string, fields: Partial<TemplateSection> = {}): TemplateSection => ({
  key,
  title: 'Summary',
  titleEl: 'Σύνοψη',
  guidance: '',
  guidanceEl: '',
  ...fields,
});

describe('moveSection', () => {
  it('swaps a section with its neighbour, and leaves the ends where they are', () => {
    expect(moveSection(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveSection(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveSection(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSection(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('newSectionKey', () => {
  it('takes the first free section-N', () => {
    expect(newSectionKey(['summary'])).toBe('section-1');
    expect(newSectionKey(['section-1', 'section-3'])).toBe('section-2');
  });
});

describe('checkSections', () => {
  it('asks for both titles and keeps texts within the limits of the API', () => {
    expect(checkSections([section('summary')])).toEqual({});
    expect(checkSections([section('a'), section('b', { title: '  ', guidanceEl: 'α'.repeat(2001) })])).toEqual({
      '1.title': 'required',
      '1.guidanceEl': 'tooLong',
    });
  });
});

describe('trimSections', () => {
  it('sends the texts without surrounding spaces', () => {
    expect(trimSections([section('a', { title: ' Aims ', guidance: 'Why. \n' })])).toEqual([section('a', { title: 'Aims', guidance: 'Why.' })]);
  });
});

describe('sortSectionIssues', () => {
  it('puts an issue at the field of its section, and the others apart', () => {
    expect(
      sortSectionIssues([
        { path: ['sections', '2', 'titleEl'], message: 'Too small' },
        { path: ['sections', '2', 'key'], message: 'Invalid key' },
        { path: ['name'], message: 'Required' },
      ]),
    ).toEqual({ byField: { '2.titleEl': 'Too small' }, general: ['Invalid key', 'Required'] });
  });
});
