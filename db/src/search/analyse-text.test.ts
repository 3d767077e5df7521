import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { analyseText } from './analyse-text.ts';
import { buildSearchQuery } from './search-query.ts';

describe('analyseText', () => {
  it('gives one term for every case, accent and inflection of a Greek word', () => {
    const forms = ['Μεταναστών', 'μεταναστων', 'ΜΕΤΑΝΑΣΤΕΣ', 'μετανάστης', 'ΜΕΤΑΝΑΣΤΗ'];
    expect(new Set(forms.flatMap(analyseText)).size).toBe(1);
  });

  it('stems English plurals and drops function words in both languages', () => {
    expect(analyseText('the refugees and the refugee')).toEqual(['refuge', 'refuge']);
    expect(analyseText('για την ένταξη των προσφύγων')).toEqual(['ενταξ', 'προσφυγ']);
  });

  it('folds final sigma and dialytika', () => {
    expect(analyseText('ΠΡΟΣΦΥΓΑΣ')).toEqual(analyseText('πρόσφυγας'));
    expect(analyseText('προϋπολογισμός')).toEqual(analyseText('ΠΡΟΫΠΟΛΟΓΙΣΜΟΣ'));
  });
});

describe('FTS5 unicode61 alone', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  // Why the index holds folded stems: SQLite's tokenizer removes Latin diacritics only (see PITFALLS.md).
  it('does not remove Greek accents, which is why terms are folded in code', async () => {
    await handle.client.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(body, tokenize='unicode61 remove_diacritics 2')");
    await handle.client.execute({ sql: 'INSERT INTO raw_fts(body) VALUES (?)', args: ['Καταληκτική προθεσμία υποβολής, café'] });
    const count = async (match: string) => Number((await handle.client.execute({ sql: 'SELECT count(*) FROM raw_fts WHERE raw_fts MATCH ?', args: [match] })).rows[0]![0]);
    expect(await count('cafe')).toBe(1);
    expect(await count('προθεσμια')).toBe(0);

    await handle.client.execute("CREATE VIRTUAL TABLE folded_fts USING fts5(body, tokenize='unicode61 remove_diacritics 0')");
    await handle.client.execute({ sql: 'INSERT INTO folded_fts(body) VALUES (?)', args: [analyseText('Καταληκτική προθεσμία υποβολής').join(' ')] });
    const { match } = buildSearchQuery('ΠΡΟΘΕΣΜΙΑ ');
    expect(Number((await handle.client.execute({ sql: 'SELECT count(*) FROM folded_fts WHERE folded_fts MATCH ?', args: [match!] })).rows[0]![0])).toBe(1);
  });
});
