import type { EligibleApplicantKind } from '@cni/db';

/**
 * How calls name who may apply, folded before matching (see term-matcher.ts). Greek stems are spelled out
 * where a prefix would catch another word: `δήμ*` would also match `δημόσιος` (public), `επιχειρήσ*` matches
 * `επιχειρησιακό` (operational programme), `περιφέρει*` matches `περιφερειακό` (regional programme).
 * The order is the order of the result.
 */
export const applicantTerms: Readonly<Record<EligibleApplicantKind, readonly string[]>> = {
  municipalities: [
    'δήμος',
    'δήμοι',
    'δήμου',
    'δήμων',
    'δήμους',
    'δήμο',
    'ΟΤΑ',
    'Ο.Τ.Α.',
    'τοπικ* αυτοδιοίκησ*',
    'municipalit*',
    'local authorit*',
    'local and regional authorit*',
    'local government*',
    'cities',
  ],
  regions: [
    'περιφέρεια',
    'περιφέρειες',
    'περιφερειών',
    'περιφέρειας',
    'region',
    'regions',
    'regional authorit*',
    'local and regional authorit*',
  ],
  'public-bodies': [
    'φορε* του δημοσίου',
    'φορε* του δημόσιου τομέα',
    'δημόσι* φορε*',
    'ΝΠΔΔ',
    'Ν.Π.Δ.Δ.',
    'νομικ* πρόσωπ* δημοσίου δικαίου',
    'υπουργεία',
    'public bod*',
    'public authorit*',
    'public entit*',
    'public administration*',
    'public institution*',
  ],
  ngos: [
    'ΜΚΟ',
    'Μ.Κ.Ο.',
    'μη κερδοσκοπικ*',
    'μη κυβερνητικ*',
    'κοινωνί* των πολιτών',
    'σωματεί*',
    'NGO',
    'NGOs',
    'non-governmental',
    'non-profit',
    'not-for-profit',
    'civil society',
    'CSO',
    'CSOs',
  ],
  'international-organisations': ['international organi*', 'διεθν* οργανισμ*', 'UN agencies'],
  businesses: [
    'επιχείρηση',
    'επιχειρήσεις',
    'επιχειρήσεων',
    'επιχείρησης',
    'ΜμΕ',
    'μικρομεσαί*',
    'SME',
    'SMEs',
    'business',
    'businesses',
    'company',
    'companies',
    'enterprise',
    'enterprises',
    'private sector',
  ],
  universities: [
    'ΑΕΙ',
    'Α.Ε.Ι.',
    'πανεπιστήμι*',
    'ερευνητικ* κέντρ*',
    'ερευνητικ* φορε*',
    'universit*',
    'higher education institution*',
    'research organi*',
    'research centre*',
    'research center*',
  ],
  individuals: ['φυσικ* πρόσωπ*', 'individuals', 'natural persons'],
};

/** Headings of the part of a call that says who may apply; when present, applicants are read there. */
export const eligibilityHeadings: readonly string[] = [
  'δικαιούχ*',
  'δυνητικ* δικαιούχ*',
  'επιλέξιμ* φορε*',
  'επιλέξιμ* αιτούντ*',
  'ποιοι μπορούν να υποβάλουν',
  'eligible applicants',
  'eligible organi*',
  'eligible entities',
  'eligible participants',
  'who can apply',
  'eligibility criteria',
  'eligibility',
];

/**
 * Phrases that exclude whoever follows them: `εκτός από τους δήμους`, `excluding local authorities`.
 * A bare `εκτός` is left out: folded, it is also `έκτος` (sixth).
 */
export const exclusionBeforeTerms: readonly string[] = ['εκτός από', 'εκτός των', 'εξαιρούνται', 'excluding', 'except', 'with the exception of'];

/** Phrases that exclude whoever stands on either side: `οι δήμοι δεν είναι επιλέξιμοι`, `not eligible: NGOs`. */
export const negatedEligibilityTerms: readonly string[] = [
  'δεν είναι επιλέξιμ*',
  'δεν δικαιούνται',
  'δεν μπορούν να υποβάλ*',
  'δεν μπορούν να συμμετάσχ*',
  'δεν γίνονται δεκτ*',
  'not eligible',
  'ineligible',
  'cannot apply',
  'may not apply',
  'are excluded',
];

/** Words that show a negation is about costs or activities, not applicants (`δεν είναι επιλέξιμες οι δαπάνες των δήμων`). */
export const notAboutApplicantsTerms: readonly string[] = ['δαπάν*', 'cost*', 'expenditure*', 'expenses', 'activit*', 'δραστηριότητ*', 'ενέργει*'];
