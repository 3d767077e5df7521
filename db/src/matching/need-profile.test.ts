import { describe, expect, it } from 'vitest';
import { analyseNeedConcepts } from './need-profile.ts';

describe('analyseNeedConcepts', () => {
  it('keeps what the need is about and drops the words every funding text uses', () => {
    const concepts = analyseNeedConcepts({ title: 'Πρόγραμμα στέγασης προσφύγων του Δήμου', description: 'Υποστήριξη του έργου.', targetGroups: [] });
    expect(concepts.map((concept) => concept.words)).toEqual(['στέγασης', 'προσφύγων']);
  });

  it('reaches the English forms of a Greek word through the glossary', () => {
    const [concept] = analyseNeedConcepts({ title: 'πρόσφυγες', description: '', targetGroups: [] });
    expect(concept!.forms).toContain('refuge');
  });
});
