import { describe, expect, it } from 'vitest';
import { classifyThemes } from './classify-themes.ts';

describe('classifyThemes', () => {
  it.each([
    ['an AMIF action on migrant women and the labour market', 'Integration of migrant women in the labour market', ['labour-market']],
    [
      'Κέντρα Ένταξης Μεταναστών',
      'Λειτουργία Κέντρων Ένταξης Μεταναστών (ΚΕΜ) των Δήμων',
      ['municipal-services'],
    ],
    ['intercultural mediation and gender-based violence', 'Διαπολιτισμικοί μεσολαβητές και υπηρεσίες κατά της έμφυλης βίας', ['municipal-services']],
    ['ESTIA exits and housing', 'Μετάβαση από το πρόγραμμα ΕΣΤΙΑ σε αυτόνομη στέγαση', ['institutional-reform']],
    ['anti-racism, culture and sport', 'Δράσεις κατά του ρατσισμού, πολιτιστικές και αθλητικές εκδηλώσεις', ['awareness-participation']],
    ['Migrant Integration Councils', 'Ενίσχυση των Συμβουλίων Ένταξης Μεταναστών', ['awareness-participation']],
    ['exchange of good practices', 'Δικτύωση δήμων και ανταλλαγή καλών πρακτικών', ['networking']],
    ['twinning', 'City twinning and peer learning', ['networking']],
    ['Greek lessons and job counselling', 'Μαθήματα ελληνικής γλώσσας και συμβουλευτική απασχόλησης', ['labour-market']],
    [
      'several themes at once, in the vocabulary order',
      'Networking of cities on employment, housing and awareness-raising, with staff training',
      ['municipal-services', 'institutional-reform', 'awareness-participation', 'networking', 'labour-market'],
    ],
  ] as const)('finds %s', (_name, text, expected) => {
    expect(classifyThemes(text)).toEqual(expected);
  });

  it('matches every inflection and spelling of a word', () => {
    for (const text of ['απασχόληση', 'απασχόλησης', 'ΑΠΑΣΧΟΛΗΣΗΣ', 'Απασχόλησή']) expect(classifyThemes(text)).toEqual(['labour-market']);
  });

  it('ignores procedural words every call uses', () => {
    expect(classifyThemes('Αίτηση συμμετοχής σε συνεργασία με την Αναθέτουσα Αρχή, σύμφωνα με το θεσμικό πλαίσιο')).toEqual([]);
  });

  it('does not match a word inside another one', () => {
    expect(classifyThemes('Οι πόλεις της Κεμπρίτζ')).toEqual([]);
  });
});
