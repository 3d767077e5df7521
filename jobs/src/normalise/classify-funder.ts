import type { Programme } from '@cni/db';
import { funderByProgramme, funderTerms } from './funder-terms.data.ts';
import { compileTerms, foldForMatching } from './term-matcher.ts';

const funders = funderTerms.map(({ funder, programmes, terms }) => ({ funder, programmes, pattern: compileTerms(terms) }));

/**
 * A readable funder name: the source's own when it gives one, else the funder the text names earliest among
 * those that can fund the call's programme (an AMIF call mentioning IOM as a partner is not funded by IOM),
 * else the programme's usual funder (European Commission for EU programmes), else null.
 */
export function classifyFunder(text: string, programme: Programme, hint: string | null): string | null {
  const stated = hint?.trim();
  if (stated) return stated;
  const folded = foldForMatching(text);
  let earliest: { funder: string; index: number } | null = null;
  for (const { funder, programmes, pattern } of funders) {
    if (programme !== 'other' && !programmes.includes(programme)) continue;
    const index = folded.search(pattern);
    if (index >= 0 && (!earliest || index < earliest.index)) earliest = { funder, index };
  }
  return earliest?.funder ?? funderByProgramme[programme] ?? null;
}
