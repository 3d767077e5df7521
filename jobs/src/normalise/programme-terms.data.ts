import type { Programme } from '@cni/db';

/**
 * How calls name their programme. Terms are folded before matching (see term-matcher.ts): `*` ends a word
 * with any inflection. Of these, the programme named first in the text wins, so the title decides before
 * a passing mention in the body.
 */
export const namedProgrammeTerms: ReadonlyArray<readonly [Programme, readonly string[]]> = [
  [
    'esf-plus',
    [
      'ESF+',
      'ESF',
      'ΕΚΤ+',
      'European Social Fund*',
      'Ευρωπαϊκ* Κοινωνικ* Ταμεί*',
      'Ανθρώπιν* Δυναμικ* και Κοινωνικ* Συνοχ*',
      'ΕΥΣΕΚΤ',
    ],
  ],
  ['amif', ['AMIF', 'Asylum Migration and Integration Fund', 'ΤΑΜΕ', 'Ταμεί* Ασύλου Μετανάστευσης και Ένταξης']],
  ['cerv', ['CERV', 'Citizens Equality Rights and Values', 'Πολίτες Ισότητα Δικαιώματα και Αξίες']],
  ['isf', ['ISF', 'Internal Security Fund', 'Ταμεί* Εσωτερικής Ασφάλειας']],
  ['bmvi', ['BMVI', 'Border Management and Visa*', 'Διαχείριση* Συνόρων και Θεωρήσεων']],
  ['erasmus-plus', ['Erasmus*']],
  ['horizon-europe', ['Horizon Europe', 'Ορίζων Ευρώπη', 'Ορίζοντας Ευρώπη']],
  [
    'eea-grants',
    [
      'EEA Grants',
      'EEA and Norway Grants',
      'Norway Grants',
      'Active Citizens Fund',
      'Χρηματοδοτικ* Μηχανισμ* ΕΟΧ',
      'Χρηματοδοτικ* Μηχανισμ* του Ευρωπαϊκού Οικονομικού Χώρου',
    ],
  ],
  ['urban-initiative', ['European Urban Initiative', 'EUI', 'Urban Innovative Actions', 'URBACT', 'Ευρωπαϊκ* Αστικ* Πρωτοβουλί*']],
  [
    'donor',
    [
      'UNHCR',
      'Ύπατ* Αρμοστεί*',
      'IOM',
      'International Organization for Migration',
      'Διεθν* Οργανισμ* Μετανάστευσης',
      'UN Partner Portal',
      'UNICEF',
      'Stavros Niarchos Foundation',
      'Ίδρυμα Σταύρος Νιάρχος',
      'Open Society Foundation*',
      'Bodossaki Foundation',
      'Ίδρυμα Μποδοσάκη',
      'Onassis Foundation',
      'Ίδρυμα Ωνάση',
    ],
  ],
];

/**
 * Weaker signs, read only when no programme above is named: national money (an ESF+ call also mentions
 * `εθνικοί πόροι` for its national share), then a foundation of any name.
 */
export const fallbackProgrammeTerms: ReadonlyArray<readonly [Programme, readonly string[]]> = [
  [
    'national',
    [
      'ΠΔΕ',
      'Π.Δ.Ε.',
      'Πρόγραμμα* Δημοσίων Επενδύσεων',
      'Ταμεί* Ανάκαμψης',
      'Recovery and Resilience Facility',
      'Ελλάδα 2.0',
      'Εθνικ* Πρόγραμμα* Ανάπτυξης',
      'Εθνικ* Πόρ*',
      'Κρατικ* Προϋπολογισμ*',
      'Τακτικ* Προϋπολογισμ*',
      'national funds',
      'national budget',
    ],
  ],
  ['donor', ['foundation', 'foundations']],
];
