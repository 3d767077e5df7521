import { describe, expect, it } from 'vitest';
import { classifyProgramme } from './classify-programme.ts';

describe('classifyProgramme', () => {
  it.each([
    ['an AMIF Union Action', 'AMIF-2025-TF2-AG-INTE-01-WOMEN: Integration of migrant women in the labour market', 'amif'],
    ['the AMIF named in Greek, in capitals', 'ΠΡΟΣΚΛΗΣΗ ΣΤΟ ΠΛΑΙΣΙΟ ΤΟΥ ΤΑΜΕΙΟΥ ΑΣΥΛΟΥ, ΜΕΤΑΝΑΣΤΕΥΣΗΣ ΚΑΙ ΕΝΤΑΞΗΣ', 'amif'],
    ['ΤΑΜΕ', 'Εθνικό Πρόγραμμα ΤΑΜΕ 2021-2027: δράσεις ένταξης', 'amif'],
    [
      'the Greek ESF+ programme by its name, inflected',
      'Πρόσκληση του Προγράμματος «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή» για τα Κέντρα Ένταξης Μεταναστών',
      'esf-plus',
    ],
    ['ΕΚΤ+', 'Συγχρηματοδότηση από το ΕΚΤ+', 'esf-plus'],
    ['ESF+ in English', 'ESF+ Social Innovation+ call', 'esf-plus'],
    ['Ευρωπαϊκό Κοινωνικό Ταμείο in the genitive', 'με πόρους του Ευρωπαϊκού Κοινωνικού Ταμείου', 'esf-plus'],
    ['CERV', 'CERV-2026-EQUAL: Call for proposals to promote equality', 'cerv'],
    ['ISF', 'ISF-2025-TF1: Internal Security Fund call', 'isf'],
    ['BMVI', 'BMVI Specific Actions', 'bmvi'],
    ['Erasmus+', 'Erasmus+ KA2 cooperation partnerships in adult education', 'erasmus-plus'],
    ['Horizon Europe', 'Horizon Europe Cluster 2: migration and integration research', 'horizon-europe'],
    ['the EEA Grants in Greek', 'Χρηματοδοτικός Μηχανισμός ΕΟΧ 2021-2028: Πρόγραμμα Τοπικής Ανάπτυξης', 'eea-grants'],
    ['Norway Grants', 'EEA and Norway Grants: Active Citizens Fund Greece', 'eea-grants'],
    ['URBACT', 'URBACT IV Action Planning Networks', 'urban-initiative'],
    ['the European Urban Initiative', 'European Urban Initiative – Innovative Actions call 4', 'urban-initiative'],
    ['UNHCR', 'UNHCR Call for Expression of Interest: community-based protection', 'donor'],
    ['IOM', 'IOM Greece: grants for local integration initiatives', 'donor'],
    ['a foundation', 'Open call by the John S. Latsis Public Benefit Foundation', 'donor'],
    ['national money', 'Χρηματοδότηση από το Πρόγραμμα Δημοσίων Επενδύσεων (ΠΔΕ) για δράσεις στέγασης', 'national'],
    ['the Recovery Fund', 'Ταμείο Ανάκαμψης και Ανθεκτικότητας: Ελλάδα 2.0', 'national'],
    ['nothing named', 'Πρόσκληση εκδήλωσης ενδιαφέροντος για υπηρεσίες καθαριότητας', 'other'],
  ] as const)('recognises %s', (_name, text, programme) => {
    expect(classifyProgramme(text, null)).toBe(programme);
  });

  it('takes the programme named first, so the title decides over a mention in the body', () => {
    expect(classifyProgramme('AMIF Union Actions 2026\n\nComplementarity with ESF+ is expected.', null)).toBe('amif');
    expect(classifyProgramme('ESF+ call\n\nComplementarity with AMIF is expected.', null)).toBe('esf-plus');
  });

  it('prefers a named EU fund over national money mentioned as co-financing', () => {
    expect(classifyProgramme('Συγχρηματοδοτείται από εθνικούς πόρους και το ΕΚΤ+', null)).toBe('esf-plus');
  });

  it('lets the source decide when it states the programme', () => {
    expect(classifyProgramme('Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή', 'amif')).toBe('amif');
  });

  it('does not read an acronym inside a word', () => {
    expect(classifyProgramme('ταμειακή διαχείριση (isfahan)', null)).toBe('other');
  });
});
