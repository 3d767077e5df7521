import type { Programme } from '@cni/db';
import { fallbackProgrammeTerms, namedProgrammeTerms } from './programme-terms.data.ts';
import { compileVocabulary, type FoldedText, foldForMatching } from './term-matcher.ts';

// Named programmes and fallbacks are found in one scan, each entry a kind of its own.
const programmes = compileVocabulary([...namedProgrammeTerms, ...fallbackProgrammeTerms].map((entry) => [entry, entry[1]] as const));

/**
 * The funding programme of a call from its text (title first, then summary and body): the programme named
 * earliest, else national money, else a foundation, else `other`. A programme the source states wins.
 */
export function classifyProgramme(text: string, hint: Programme | null): Programme {
  return classifyProgrammeFromFolded(foldForMatching(text), hint);
}

/** classifyProgramme of text a caller has already folded for all its classifiers. */
export function classifyProgrammeFromFolded(folded: FoldedText, hint: Programme | null): Programme {
  if (hint) return hint;
  const found = programmes.findFirst(folded);
  // First matches come in text order, and of two at one place the programme listed first.
  const earliest = [...found.keys()].find((entry) => namedProgrammeTerms.includes(entry));
  return (earliest ?? fallbackProgrammeTerms.find((entry) => found.has(entry)))?.[0] ?? 'other';
}
