import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse-text.ts';
import { glossary, type GlossaryEntry } from './glossary.data.ts';
import { buildGlossaryIndex, expandTerms } from './glossary.ts';

const greekScript = /\p{Script=Greek}/u;
const latinScript = /\p{Script=Latin}/u;

/** The one form (stems joined by spaces) a term stands for in the index. */
function formOf(term: string): string {
  return analyseText(term).join(' ');
}

/** Forms that more than one entry holds: the index merges such entries into one concept. */
function sharedForms(entries: GlossaryEntry[]): Map<string, number[]> {
  const holders = new Map<string, Set<number>>();
  entries.forEach((entry, position) => {
    for (const term of [...entry.el, ...entry.en]) {
      const form = formOf(term);
      if (!form) continue;
      let positions = holders.get(form);
      if (!positions) holders.set(form, (positions = new Set()));
      positions.add(position);
    }
  });
  return new Map([...holders].filter(([, positions]) => positions.size > 1).map(([form, positions]) => [form, [...positions]]));
}

// Forms that two entries may knowingly share, each with the reason. Empty: every collision found so far was
// resolved in the data (see the comments there), so a new one is an accident until someone argues for it here.
const allowedSharedForms = new Map<string, string>();

function expansionOf(text: string): Array<Set<string>> {
  return expandTerms(analyseText(text));
}

describe('bilingual glossary data', () => {
  it('holds a few hundred terms across the field', () => {
    const terms = glossary.flatMap((entry) => [...entry.el, ...entry.en]);
    expect(glossary.length).toBeGreaterThanOrEqual(150);
    expect(terms.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every entry a Greek and an English term that analyse to stems', () => {
    const lacking = glossary.filter(
      (entry) =>
        !entry.el.some((term) => greekScript.test(term) && formOf(term) !== '') ||
        !entry.en.some((term) => latinScript.test(term) && formOf(term) !== ''),
    );
    expect(lacking).toEqual([]);
  });

  it('has no term that analyses to nothing, to a one-letter stem alone, or from a phrase to one word', () => {
    const problems: string[] = [];
    for (const term of glossary.flatMap((entry) => [...entry.el, ...entry.en])) {
      const stems = analyseText(term);
      const words = term.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (stems.length === 0) problems.push(`${term}: no stem`);
      else if (stems.length === 1 && stems[0]!.length < 2) problems.push(`${term}: one-letter stem "${stems[0]}"`);
      // A stop word inside a phrase must not leave one common word standing for the whole ("e-services" → "servic").
      else if (words.length > 1 && stems.length === 1) problems.push(`${term}: phrase reduced to "${stems[0]}"`);
    }
    expect(problems).toEqual([]);
  });

  it('lets no two entries share a form unless the allow-list says why', () => {
    const accidental = [...sharedForms(glossary)]
      .filter(([form]) => !allowedSharedForms.has(form))
      .map(([form, positions]) => `${form}: ${positions.map((position) => glossary[position]!.en[0]).join(' | ')}`);
    expect(accidental).toEqual([]);
  });

  it('detects a shared stem between two entries (the check above can fail)', () => {
    const entries: GlossaryEntry[] = [
      { el: ['απασχόληση'], en: ['employment'] },
      { el: ['εργοδότης'], en: ['employer'] },
    ];
    expect([...sharedForms(entries).keys()]).toEqual([formOf('employment')]);
    expect(formOf('employment')).toBe(formOf('employer'));
  });
});

describe('expandTerms with the glossary', () => {
  it('reaches "refugee" from πρόσφυγες and πρόσφυγες from "refugees"', () => {
    const [fromGreek] = expansionOf('πρόσφυγες');
    expect(fromGreek).toContain(formOf('refugee'));
    const [fromEnglish] = expansionOf('refugees');
    expect(fromEnglish).toContain(formOf('πρόσφυγες'));
    expect(fromEnglish).toContain(formOf('προσφύγων'));
  });

  it('reaches στέγαση from "housing" and back', () => {
    expect(expansionOf('housing')[0]).toContain(formOf('στέγαση'));
    expect(expansionOf('στέγασης')[0]).toContain(formOf('housing'));
  });

  it('takes "intercultural mediation" whole and reaches the Greek phrase as a phrase form', () => {
    const concepts = expansionOf('intercultural mediation');
    expect(concepts).toHaveLength(1);
    expect(concepts[0]).toContain(formOf('διαπολιτισμική μεσολάβηση'));
    expect(formOf('διαπολιτισμική μεσολάβηση').split(' ')).toHaveLength(2);
    expect(expansionOf('διαπολιτισμικής μεσολάβησης')[0]).toContain(formOf('intercultural mediation'));
  });

  it('expands Greek in capitals, without accents and with accents alike', () => {
    const spellings = ['ΣΤΕΓΑΣΗ', 'στεγαση', 'Στέγαση', 'στέγαση'].map((text) => [...expansionOf(text)[0]!].sort());
    for (const spelling of spellings) expect(spelling).toEqual(spellings[0]);
    expect(spellings[0]).toContain(formOf('housing'));
    const refugees = ['ΠΡΟΣΦΥΓΕΣ', 'προσφυγες', 'Πρόσφυγες'].map((text) => [...expansionOf(text)[0]!].sort());
    expect(refugees[1]).toEqual(refugees[0]);
    expect(refugees[2]).toEqual(refugees[0]);
  });

  it('reaches the field’s core concepts across languages', () => {
    const pairs: Array<[string, string]> = [
      ['ασυνόδευτοι ανήλικοι', 'unaccompanied minors'],
      ['έμφυλη βία', 'gender-based violence'],
      ['Ρομά', 'Roma'],
      ['κοινωνική συνοχή', 'social cohesion'],
      ['αγορά εργασίας', 'labour market'],
      ['δικαιούχοι διεθνούς προστασίας', 'beneficiaries of international protection'],
      ['Κέντρο Ένταξης Μεταναστών', 'Migrant Integration Centre'],
      ['ΣΕΜ', 'Migrant Integration Council'],
      ['συγχρηματοδότηση', 'co-financing'],
      ['Ταμείο Ασύλου, Μετανάστευσης και Ένταξης', 'AMIF'],
      ['Ύπατη Αρμοστεία', 'UNHCR'],
      ['ΜΚΟ', 'NGOs'],
    ];
    for (const [greek, english] of pairs) {
      expect(expansionOf(greek), greek).toHaveLength(1);
      expect(expansionOf(greek)[0], greek).toContain(formOf(english));
      expect(expansionOf(english)[0], english).toContain(formOf(greek));
    }
  });

  it('keeps two concepts of a query apart', () => {
    const [housing, refugees] = expansionOf('στέγαση προσφύγων');
    expect(housing).toContain(formOf('housing'));
    expect(housing).not.toContain(formOf('refugee'));
    expect(refugees).toContain(formOf('refugee'));
  });

  it('does not turn common words that look like acronyms into programmes or organisations', () => {
    // ΕΚΤ (the ESF) stems like εκτός, ΔΟΜ (the IOM) like δομή: neither may carry the other's meaning.
    expect(expansionOf('εκτός')[0]).not.toContain(formOf('ESF'));
    expect(expansionOf('δομές')[0]).not.toContain(formOf('IOM'));
    // πολιτισμός stems like πολίτες, κατοικία like κατοίκων: citizens and inhabitants are not culture or dwellings.
    expect(expansionOf('πολίτες')[0]).not.toContain(formOf('culture'));
    expect(expansionOf('κατοίκων')[0]).not.toContain(formOf('housing'));
  });

  it('merges the forms of entries that share a stem, which is why collisions are refused', () => {
    const index = buildGlossaryIndex([
      { el: ['απασχόληση'], en: ['employment'] },
      { el: ['εργοδότης'], en: ['employer'] },
    ]);
    // "employer" and "employment" are one stem to the English stemmer, so asking for either brings both entries.
    const [concept] = expandTerms(analyseText('employer'), index);
    expect(concept).toContain(formOf('απασχόληση'));
    expect(concept).toContain(formOf('εργοδότης'));
  });
});
