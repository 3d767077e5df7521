import { describe, expect, it } from 'vitest';
import type { Theme } from './api-types.ts';
import { readLessonReason } from './lesson-reasons.ts';

const themes: Theme[] = [
  { slug: 'municipal-services', name: 'Municipal structures and services', nameEl: 'Δημοτικές δομές και υπηρεσίες', description: '', descriptionEl: '' },
];

describe('readLessonReason', () => {
  it('reads the sentences the API writes', () => {
    expect(readLessonReason('Same programme: ESF+', themes)).toEqual({ kind: 'programme' });
    expect(readLessonReason('Same funder', themes)).toEqual({ kind: 'funder' });
    expect(readLessonReason('Similar words: μαθήματα, ελληνικής, γλώσσας', themes)).toEqual({
      kind: 'words',
      words: ['μαθήματα', 'ελληνικής', 'γλώσσας'],
    });
  });

  it('finds the theme the API named in lower-case English, or keeps the name it does not know', () => {
    expect(readLessonReason('Shared theme: municipal structures and services', themes)).toEqual({ kind: 'theme', theme: 'municipal-services' });
    expect(readLessonReason('Shared theme: housing', themes)).toEqual({ kind: 'theme', theme: 'housing' });
  });

  it('keeps a sentence it does not know as it is', () => {
    expect(readLessonReason('Same call', themes)).toEqual({ kind: 'other', text: 'Same call' });
  });
});
