import type { Programme } from '@cni/db';
import { funderByProgramme, funderTerms } from './funder-terms.data.ts';
import { compileVocabulary, type FoldedText, foldForMatching } from './term-matcher.ts';

const funders = compileVocabulary(funderTerms.map((entry) => [entry, entry.terms] as const));

/**
 * A readable funder name: the source's own when it gives one, else the funder the text names earliest among
 * those that can fund the call's programme (an AMIF call mentioning IOM as a partner is not funded by IOM),
 * else the programme's usual funder (European Commission for EU programmes), else null.
 */
export function classifyFunder(text: string, programme: Programme, hint: string | null): string | null {
  return classifyFunderFromFolded(foldForMatching(text), programme, hint);
}

/** classifyFunder of text a caller has already folded for all its classifiers. */
export function classifyFunderFromFolded(folded: FoldedText, programme: Programme, hint: string | null): string | null {
  const stated = hint?.trim();
  if (stated) return stated;
  // First matches come in text order, and of two at one place the funder listed first.
  for (const { funder, programmes } of funders.findFirst(folded).keys()) {
    if (programme === 'other' || programmes.includes(programme)) return funder;
  }
  return funderByProgramme[programme] ?? null;
}
