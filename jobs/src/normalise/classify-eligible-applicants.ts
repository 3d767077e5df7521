import type { EligibleApplicantKind } from '@cni/db';
import {
  applicantTerms,
  eligibilityHeadings,
  exclusionBeforeTerms,
  negatedEligibilityTerms,
  notAboutApplicantsTerms,
} from './applicant-terms.data.ts';
import { compileTerms, foldForMatching } from './term-matcher.ts';

const kinds = (Object.entries(applicantTerms) as Array<[EligibleApplicantKind, readonly string[]]>).map(([kind, terms]) => ({
  kind,
  pattern: compileTerms(terms),
}));
const global = (pattern: RegExp) => new RegExp(pattern.source, 'gu');
const headingPattern = global(compileTerms(eligibilityHeadings));
const exclusionPattern = global(compileTerms(exclusionBeforeTerms));
const negationPattern = global(compileTerms(negatedEligibilityTerms));
const notAboutApplicantsPattern = compileTerms(notAboutApplicantsTerms);

// How much text after an eligibility heading lists the applicants.
const eligibilitySectionLength = 400;
// How far after an exclusion the excluded applicants may be named, within the sentence.
const exclusionReach = 150;

/**
 * Who may apply: the source's structured list when it gives one, else the kinds named in the call's
 * eligibility section (or, when it has none, anywhere in the text), less the kinds it clearly excludes
 * (`δεν είναι επιλέξιμοι οι δήμοι`, `local authorities are not eligible`).
 */
export function classifyEligibleApplicants(text: string, hint: EligibleApplicantKind[] | null): EligibleApplicantKind[] {
  if (hint && hint.length > 0) return kinds.map(({ kind }) => kind).filter((kind) => hint.includes(kind));
  const folded = foldForMatching(text);
  const sections = [...folded.matchAll(headingPattern)].map((match) => folded.slice(match.index, match.index + eligibilitySectionLength));
  const excluded = excludedKinds(folded);
  const named = (scope: string) => kinds.filter(({ kind, pattern }) => !excluded.has(kind) && pattern.test(scope)).map(({ kind }) => kind);
  const inSections = named(sections.join(' \n '));
  return inSections.length > 0 ? inSections : named(folded);
}

function excludedKinds(folded: string): Set<EligibleApplicantKind> {
  const windows: string[] = [];
  for (const match of folded.matchAll(exclusionPattern)) windows.push(after(folded, match.index + match[0].length));
  for (const match of folded.matchAll(negationPattern)) {
    windows.push(after(folded, match.index + match[0].length), before(folded, match.index));
  }
  const excluded = new Set<EligibleApplicantKind>();
  for (const window of windows) {
    if (notAboutApplicantsPattern.test(window)) continue;
    for (const { kind, pattern } of kinds) if (pattern.test(window)) excluded.add(kind);
  }
  return excluded;
}

// A full stop ends a sentence unless it ends an abbreviation of single letters (Ο.Τ.Α., Μ.Κ.Ο.).
const sentenceEnd = /[;!?\n]|(?<!(?:^|[^\p{L}])\p{L})\.(?= |$)/u;
const clauseEnd = /[;:!?\n,]|(?<!(?:^|[^\p{L}])\p{L})\.(?= |$)/gu;

/** The rest of the sentence after an exclusion, where the excluded are listed. */
function after(folded: string, from: number): string {
  const rest = folded.slice(from, from + exclusionReach);
  const end = rest.search(sentenceEnd);
  return end >= 0 ? rest.slice(0, end) : rest;
}

/** The clause before a negation (`οι δήμοι δεν είναι…`), stopping at a comma so that a list before it is kept. */
function before(folded: string, to: number): string {
  const clause = folded.slice(Math.max(0, to - exclusionReach), to);
  const lastEnd = [...clause.matchAll(clauseEnd)].at(-1);
  return lastEnd ? clause.slice(lastEnd.index + lastEnd[0].length) : clause;
}
