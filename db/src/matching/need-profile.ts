import { analyseText, isSearchWord, stemWord, textWords } from '../search/analyse-text.ts';
import { glossaryIndex, groupConcepts, type GlossaryIndex } from '../search/glossary.ts';
import { genericFundingWords } from './generic-words.data.ts';

const genericStems = new Set(genericFundingWords.flatMap((word) => analyseText(word)));

export interface NeedText {
  title: string;
  description: string;
  targetGroups: readonly string[];
}

/** A concept of a need in words: what the need said, and every stem sequence of the glossary that says the same. */
export interface NeedConceptText {
  words: string;
  /** Stem sequences joined by spaces, as `expandTerms` gives them: `προσφυγ`, `refuge`, `αγορ εργασ`. */
  forms: string[];
}

/** The concepts of one piece of text, each quoted in the need's own words for the reasons. */
function conceptsOfText(text: string, index: GlossaryIndex): NeedConceptText[] {
  const stems: string[] = [];
  const originals: string[] = [];
  for (const word of textWords(text)) {
    if (!isSearchWord(word.folded)) continue;
    const stem = stemWord(word.folded);
    if (genericStems.has(stem)) continue;
    stems.push(stem);
    originals.push(text.slice(word.start, word.end).toLocaleLowerCase('el'));
  }
  return groupConcepts(stems, index).map((group) => ({
    words: originals.slice(group.start, group.start + group.length).join(' '),
    forms: [...group.forms],
  }));
}

/**
 * What a need is about, as concepts: from its title, description and target groups, each read on its own so no
 * phrase runs from one into the next. A concept said twice counts once.
 */
export function analyseNeedConcepts(need: NeedText, index: GlossaryIndex = glossaryIndex): NeedConceptText[] {
  const byForms = new Map<string, NeedConceptText>();
  for (const text of [need.title, need.description, ...need.targetGroups]) {
    for (const concept of conceptsOfText(text, index)) {
      const key = [...concept.forms].sort().join('|');
      if (!byForms.has(key)) byForms.set(key, concept);
    }
  }
  return [...byForms.values()];
}
