import { analyseText, isSearchWord, stemWord, textWords } from '../search/analyse-text.ts';
import { glossaryIndex, type GlossaryIndex } from '../search/glossary.ts';
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

/**
 * The concepts of one piece of text. The same grouping as `expandTerms` (glossary phrases first, then single
 * stems), walked here by hand because the reasons must quote the need's own words for each concept, which
 * `expandTerms` does not keep.
 */
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
  const concepts: NeedConceptText[] = [];
  let at = 0;
  while (at < stems.length) {
    let taken = 0;
    for (let length = Math.min(index.longestPhrase, stems.length - at); length >= 2 && taken === 0; length--) {
      const forms = index.byPhrase.get(stems.slice(at, at + length).join(' '));
      if (forms) {
        concepts.push({ words: originals.slice(at, at + length).join(' '), forms: [...forms] });
        taken = length;
      }
    }
    if (taken === 0) {
      const stem = stems[at]!;
      concepts.push({ words: originals[at]!, forms: [...new Set([stem, ...(index.byStem.get(stem) ?? [])])] });
      taken = 1;
    }
    at += taken;
  }
  return concepts;
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
