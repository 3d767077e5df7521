import type { Programme } from '@cni/db';

const euProgrammes: readonly Programme[] = ['esf-plus', 'amif', 'cerv', 'isf', 'bmvi', 'erasmus-plus', 'horizon-europe'];
// Greek authorities run the shared-management funds (national ESF+ and AMIF programmes) and national money.
const greekManaged: readonly Programme[] = ['esf-plus', 'amif', 'isf', 'bmvi', 'national'];

/**
 * Funders by how texts name them, each with the programmes it can fund (a call of any programme classified
 * `other` may name any of them). Of the funders a text names, the earliest mentioned wins; terms are
 * folded before matching (see term-matcher.ts).
 */
export const funderTerms: ReadonlyArray<{ funder: string; programmes: readonly Programme[]; terms: readonly string[] }> = [
  {
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    programmes: greekManaged,
    // The national AMIF programme (ΤΑΜΕ) is run by the ministry; EU-managed AMIF calls are written in English.
    terms: ['Υπουργεί* Μετανάστευσης και Ασύλου', 'Ministry of Migration and Asylum', 'ΤΑΜΕ', 'Ταμεί* Ασύλου Μετανάστευσης και Ένταξης'],
  },
  { funder: 'ΕΥΣΕΚΤ', programmes: greekManaged, terms: ['ΕΥΣΕΚΤ'] },
  {
    funder: 'ΕΥΔ Προγράμματος «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή»',
    programmes: greekManaged,
    terms: ['Ανθρώπιν* Δυναμικ* και Κοινωνικ* Συνοχ*'],
  },
  {
    funder: 'Υπουργείο Κοινωνικής Συνοχής και Οικογένειας',
    programmes: greekManaged,
    terms: ['Υπουργεί* Κοινωνικής Συνοχής και Οικογένειας'],
  },
  { funder: 'Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης', programmes: greekManaged, terms: ['Υπουργεί* Εργασίας'] },
  { funder: 'Υπουργείο Εσωτερικών', programmes: greekManaged, terms: ['Υπουργεί* Εσωτερικών'] },
  { funder: 'ΔΥΠΑ', programmes: greekManaged, terms: ['ΔΥΠΑ', 'Δημόσι* Υπηρεσί* Απασχόλησης'] },
  { funder: 'UNHCR', programmes: ['donor'], terms: ['UNHCR', 'Ύπατ* Αρμοστεί*'] },
  { funder: 'IOM', programmes: ['donor'], terms: ['IOM', 'International Organization for Migration', 'Διεθν* Οργανισμ* Μετανάστευσης'] },
  { funder: 'UNICEF', programmes: ['donor'], terms: ['UNICEF'] },
  { funder: 'Stavros Niarchos Foundation', programmes: ['donor'], terms: ['Stavros Niarchos Foundation', 'Ίδρυμα Σταύρος Νιάρχος'] },
  { funder: 'Bodossaki Foundation', programmes: ['donor'], terms: ['Bodossaki Foundation', 'Ίδρυμα Μποδοσάκη'] },
  { funder: 'Onassis Foundation', programmes: ['donor'], terms: ['Onassis Foundation', 'Ίδρυμα Ωνάση'] },
  {
    funder: 'EEA and Norway Grants',
    programmes: ['eea-grants'],
    terms: ['EEA and Norway Grants', 'EEA Grants', 'Norway Grants', 'Χρηματοδοτικ* Μηχανισμ* ΕΟΧ'],
  },
  { funder: 'URBACT', programmes: ['urban-initiative'], terms: ['URBACT'] },
  {
    funder: 'European Urban Initiative',
    programmes: ['urban-initiative'],
    terms: ['European Urban Initiative', 'Ευρωπαϊκ* Αστικ* Πρωτοβουλί*'],
  },
  {
    funder: 'European Commission',
    programmes: euProgrammes,
    terms: ['European Commission', 'Ευρωπαϊκ* Επιτροπ*', 'DG HOME', 'DG EMPL', 'DG JUST', 'EACEA', 'European Research Executive Agency'],
  },
];

/** The funder of a programme when the text names none. */
export const funderByProgramme: Readonly<Partial<Record<Programme, string>>> = {
  ...Object.fromEntries(euProgrammes.map((programme) => [programme, 'European Commission'])),
  'eea-grants': 'EEA and Norway Grants',
  'urban-initiative': 'European Urban Initiative',
};
