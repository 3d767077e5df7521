import type { Programme } from '@cni/db';
import { fallbackProgrammeTerms, namedProgrammeTerms } from './programme-terms.data.ts';
import { compileTerms, foldForMatching } from './term-matcher.ts';

const named = namedProgrammeTerms.map(([programme, terms]) => ({ programme, pattern: compileTerms(terms) }));
const fallbacks = fallbackProgrammeTerms.map(([programme, terms]) => ({ programme, pattern: compileTerms(terms) }));

/**
 * The funding programme of a call from its text (title first, then summary and body): the programme named
 * earliest, else national money, else a foundation, else `other`. A programme the source states wins.
 */
export function classifyProgramme(text: string, hint: Programme | null): Programme {
  if (hint) return hint;
  const folded = foldForMatching(text);
  let earliest: { programme: Programme; index: number } | null = null;
  for (const { programme, pattern } of named) {
    const index = folded.search(pattern);
    if (index >= 0 && (!earliest || index < earliest.index)) earliest = { programme, index };
  }
  if (earliest) return earliest.programme;
  return fallbacks.find(({ pattern }) => pattern.test(folded))?.programme ?? 'other';
}
