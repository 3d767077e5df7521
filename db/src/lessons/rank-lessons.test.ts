import { describe, expect, it } from 'vitest';
import type { Programme } from '../schema/index.ts';
import { lessonSearchTerms } from './lesson-fields.ts';
import { lessonWeights, rankLessons, type LessonTarget } from './rank-lessons.ts';

const kemCall: LessonTarget = {
  programme: 'esf-plus',
  funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
  themes: ['municipal-services', 'labour-market'],
  text: 'Ενίσχυση των Κέντρων Ένταξης Μεταναστών (ΚΕΜ) των δήμων\nΣτελέχωση, διαπολιτισμική μεσολάβηση, μαθήματα ελληνικής γλώσσας.',
};

function lesson(id: string, overrides: { programme?: Programme; funder?: string | null; themes?: string[]; text?: string; createdAt?: string } = {}) {
  const text = overrides.text ?? 'Η στελέχωση του Κέντρου Ένταξης Μεταναστών καθυστέρησε.';
  return {
    id,
    programme: overrides.programme ?? 'esf-plus',
    funder: overrides.funder ?? null,
    themes: overrides.themes ?? [],
    searchTerms: lessonSearchTerms({ title: text, whatHappened: '', nextTime: '', funder: overrides.funder ?? null }),
    createdAt: overrides.createdAt ?? '2025-01-01T00:00:00.000Z',
  };
}

describe('rankLessons', () => {
  it('weighs the programme above everything else together', () => {
    const rest = lessonWeights.funder + lessonWeights.perTheme * lessonWeights.maxThemes + lessonWeights.perWord * lessonWeights.maxWords;
    expect(rest).toBeLessThan(lessonWeights.programme);
    expect(lessonWeights.programme + rest).toBeCloseTo(1);
  });

  it('ranks a lesson of the same programme above one of another programme that shares all else', () => {
    const sameFunder = 'Υπουργείο Μετανάστευσης και Ασύλου';
    const ranked = rankLessons(kemCall, [
      lesson('amif-everything', {
        programme: 'amif',
        funder: sameFunder,
        themes: ['municipal-services', 'labour-market'],
        text: 'Στελέχωση ΚΕΜ, διαπολιτισμική μεσολάβηση και μαθήματα ελληνικής γλώσσας στα Κέντρα Ένταξης Μεταναστών',
      }),
      lesson('esf-bare', { text: 'Οι αποφάσεις του δημοτικού συμβουλίου χρειάζονται χρόνο' }),
    ]);
    expect(ranked.map((item) => item.id)).toEqual(['esf-bare', 'amif-everything']);
    expect(ranked[0]).toMatchObject({ relevance: lessonWeights.programme, details: [{ kind: 'programme', programme: 'esf-plus' }], reasons: ['Same programme: ESF+'] });
    expect(ranked[1]!.relevance).toBeCloseTo(0.45);
  });

  it('explains each part in a short sentence, with theme names and the call’s own words', () => {
    const [ranked] = rankLessons(
      kemCall,
      [lesson('one', { funder: 'υπουργείο μετανάστευσης  και ασύλου', themes: ['municipal-services', 'networking'], text: 'ΣΤΕΛΕΧΩΣΗ των κέντρων ένταξης' })],
      { themeNames: new Map([['municipal-services', 'Municipal structures and services']]) },
    );
    expect(ranked!.reasons).toEqual([
      'Same programme: ESF+',
      'Same funder',
      'Shared theme: municipal structures and services',
      'Similar words: κέντρων, ένταξης, στελέχωση',
    ]);
    expect(ranked!.relevance).toBeCloseTo(0.55 + 0.2 + 0.075 + 3 * 0.025);
  });

  it('ignores words every funding text uses and leaves out lessons that share nothing', () => {
    const ranked = rankLessons(kemCall, [
      lesson('generic', { programme: 'cerv', text: 'Πρόγραμμα υποστήριξης δήμων για την ανάπτυξη' }),
      lesson('related', { programme: 'cerv', text: 'Μαθήματα ελληνικής γλώσσας' }),
    ]);
    expect(ranked.map((item) => item.id)).toEqual(['related']);
    expect(ranked[0]!.reasons).toEqual(['Similar words: μαθήματα, ελληνικής, γλώσσας']);
    expect(ranked[0]!.details).toEqual([{ kind: 'words', words: ['μαθήματα', 'ελληνικής', 'γλώσσας'] }]);
  });

  it('does not take two unknown programmes for the same one', () => {
    expect(rankLessons({ ...kemCall, programme: 'other' }, [lesson('x', { programme: 'other', text: 'τίποτα κοινό εδώ' })])).toEqual([]);
    expect(rankLessons({ ...kemCall, programme: null }, [lesson('x', { text: 'τίποτα κοινό εδώ' })])).toEqual([]);
  });

  it('keeps at most `limit`, the newer first among equals', () => {
    const many = Array.from({ length: 12 }, (_, index) => lesson(`l${index}`, { createdAt: `2025-01-${String(index + 1).padStart(2, '0')}T00:00:00.000Z` }));
    const ranked = rankLessons(kemCall, many);
    expect(ranked).toHaveLength(10);
    expect(ranked[0]!.id).toBe('l11');
    expect(rankLessons(kemCall, many, { limit: 3 }).map((item) => item.id)).toEqual(['l11', 'l10', 'l9']);
  });
});
