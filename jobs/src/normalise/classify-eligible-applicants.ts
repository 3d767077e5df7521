import type { EligibleApplicantKind } from '@cni/db';
import {
  applicantTerms,
  eligibilityHeadings,
  exclusionBeforeTerms,
  negatedEligibilityTerms,
  notAboutApplicantsTerms,
} from './applicant-terms.data.ts';
import { compileTerms, compileVocabulary, type FoldedText, foldForMatching } from './term-matcher.ts';
import type { WordMatch } from './word-scanner.ts';

const kinds = Object.keys(applicantTerms) as EligibleApplicantKind[];
const applicants = compileVocabulary(Object.entries(applicantTerms) as Array<[EligibleApplicantKind, readonly string[]]>);
type Marker = 'heading' | 'exclusion' | 'negation';
const markers = compileVocabulary<Marker>([
  ['heading', eligibilityHeadings],
  ['exclusion', exclusionBeforeTerms],
  ['negation', negatedEligibilityTerms],
]);
const notAboutApplicants = compileTerms(notAboutApplicantsTerms);

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
  return classifyEligibleApplicantsFromFolded(foldForMatching(text), hint);
}

/** classifyEligibleApplicants of text a caller has already folded for all its classifiers. */
export function classifyEligibleApplicantsFromFolded(folded: FoldedText, hint: EligibleApplicantKind[] | null): EligibleApplicantKind[] {
  if (hint && hint.length > 0) return kinds.filter((kind) => hint.includes(kind));
  const found = markers.findAll(folded);
  const sections = found.filter(({ kind }) => kind === 'heading').map(({ match }) => folded.slice(match.index, match.index + eligibilitySectionLength));
  const excluded = excludedKinds(folded, found);
  const inSections = sections.length > 0 ? namedKinds(sections.join(' \n '), excluded) : [];
  return inSections.length > 0 ? inSections : namedKinds(folded, excluded);
}

function namedKinds(scope: string, excluded: ReadonlySet<EligibleApplicantKind>): EligibleApplicantKind[] {
  const named = applicants.findFirst(scope);
  return kinds.filter((kind) => !excluded.has(kind) && named.has(kind));
}

function excludedKinds(folded: string, found: ReadonlyArray<WordMatch<Marker>>): Set<EligibleApplicantKind> {
  const windows: string[] = [];
  for (const { kind, match } of found) {
    const end = match.index + match[0].length;
    if (kind === 'exclusion') windows.push(after(folded, end));
    if (kind === 'negation') windows.push(after(folded, end), before(folded, match.index));
  }
  const excluded = new Set<EligibleApplicantKind>();
  for (const window of windows) {
    if (notAboutApplicants.test(window)) continue;
    for (const kind of applicants.findFirst(window).keys()) excluded.add(kind);
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
