import { describe, expect, it } from 'vitest';
import { classifyFunder } from './classify-funder.ts';

describe('classifyFunder', () => {
  it.each([
    ['the European Commission for an EU-managed call', 'AMIF-2025-TF2-AG-INTE-01-WOMEN: Integration of migrant women', 'amif', 'European Commission'],
    ['the ministry for a national AMIF call', 'Πρόσκληση του Υπουργείου Μετανάστευσης και Ασύλου (ΤΑΜΕ 2021-2027)', 'amif', 'Υπουργείο Μετανάστευσης και Ασύλου'],
    ['ΕΥΣΕΚΤ', 'Η ΕΥΣΕΚΤ καλεί τους Δήμους να υποβάλουν προτάσεις', 'esf-plus', 'ΕΥΣΕΚΤ'],
    [
      'the managing authority of the Greek ESF+ programme',
      'Πρόγραμμα «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή»: Κέντρα Ένταξης Μεταναστών',
      'esf-plus',
      'ΕΥΔ Προγράμματος «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή»',
    ],
    ['UNHCR for a donor call', 'Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες: πρόσκληση', 'donor', 'UNHCR'],
    ['the EEA and Norway Grants by default', 'Active Citizens Fund small grants', 'eea-grants', 'EEA and Norway Grants'],
    ['URBACT', 'URBACT IV Action Planning Networks', 'urban-initiative', 'URBACT'],
  ] as const)('names %s', (_name, text, programme, funder) => {
    expect(classifyFunder(text, programme, null)).toBe(funder);
  });

  it('does not take a partner for the funder', () => {
    expect(classifyFunder('Integration of migrant women, in cooperation with IOM and UNHCR', 'amif', null)).toBe('European Commission');
  });

  it('gives no funder when nothing is known', () => {
    expect(classifyFunder('Πρόσκληση εκδήλωσης ενδιαφέροντος', 'other', null)).toBeNull();
  });

  it('keeps the funder the source states', () => {
    expect(classifyFunder('UNHCR', 'donor', '  Δήμος Αθηναίων ')).toBe('Δήμος Αθηναίων');
  });
});
