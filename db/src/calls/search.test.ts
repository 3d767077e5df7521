import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallFields } from './call-fields.ts';
import { listCalls, type CallFilters } from './list.ts';
import { updateCall } from './manual.ts';
import { buildCallFields } from '../testing/factories.ts';
import { insertTestCalls } from '../testing/insert-calls.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';

const now = new Date('2026-11-26T10:00:00Z');
const open = { openingDate: '2026-09-01T07:00:00.000Z', deadline: '2027-02-15T16:00:00.000Z' };
const closed = { openingDate: '2026-01-01T07:00:00.000Z', deadline: '2026-06-30T16:00:00.000Z' };

const corpus: Record<string, CallFields> = {
  greekMigrants: buildCallFields({
    title: 'Ενίσχυση των Κέντρων Ένταξης Μεταναστών',
    summary: 'Χρηματοδότηση δήμων για τη λειτουργία Κέντρων Ένταξης Μεταναστών και προσφύγων.',
    reference: 'ΨΩ1Ζ46ΜΤΛΡ-ΑΒΓ',
    language: 'el',
    programme: 'national',
    themes: ['municipal-services'],
    eligibleApplicants: ['municipalities'],
    ...open,
  }),
  englishRefugees: buildCallFields({
    title: 'Labour market integration of refugees',
    summary: 'Support for local authorities that connect a refugee with employers.',
    reference: 'AMIF-2026-TF2-AG-INTE-01',
    themes: ['labour-market'],
    eligibleApplicants: ['municipalities', 'ngos'],
    ...open,
  }),
  greekHousing: buildCallFields({
    title: 'Στέγαση ευάλωτων νοικοκυριών μετά το ΕΣΤΙΑ',
    summary: 'Προγράμματα στέγασης και επιδότησης ενοικίου για δικαιούχους διεθνούς προστασίας.',
    reference: null,
    language: 'el',
    programme: 'esf-plus',
    themes: ['institutional-reform'],
    eligibleApplicants: ['municipalities', 'regions'],
    ...open,
  }),
  closedSport: buildCallFields({
    title: 'Sport against racism',
    summary: 'Grants for sport clubs fighting racism in schools.',
    reference: 'CERV-2026-EQUAL',
    programme: 'cerv',
    themes: ['awareness-participation'],
    eligibleApplicants: ['ngos'],
    ...closed,
  }),
};

describe('listCalls with text (FTS5, Greek-aware)', () => {
  let handle: TempDb;
  let ids: Record<keyof typeof corpus, string>;
  const search = async (q: string, extra: Partial<CallFilters> = {}) =>
    listCalls({ db: handle.db, now, filters: { q, sort: 'relevance', page: 1, pageSize: 20, ...extra } });
  const titles = async (q: string, extra: Partial<CallFilters> = {}) => (await search(q, extra)).items.map((item) => item.title);

  beforeEach(async () => {
    handle = await createTempDb();
    const keys = Object.keys(corpus) as Array<keyof typeof corpus>;
    const stored = await insertTestCalls(handle.db, keys.map((key) => corpus[key]!), now);
    ids = Object.fromEntries(keys.map((key, index) => [key, stored[index]!])) as typeof ids;
  });
  afterEach(() => handle.destroy());

  it.each(['Μεταναστών', 'μεταναστων', 'ΜΕΤΑΝΑΣΤΕΣ', 'μετανάστη'])('finds the Migrant Integration Centres call for %s', async (q) => {
    expect(await titles(q)).toEqual([corpus.greekMigrants!.title]);
  });

  it('finds refugee and refugees alike, and Greek πρόσφυγες reaches the English call through the glossary', async () => {
    expect(await titles('refugee')).toContain(corpus.englishRefugees!.title);
    expect(await titles('refugees')).toContain(corpus.englishRefugees!.title);
    const greek = await titles('πρόσφυγες');
    expect(greek).toContain(corpus.englishRefugees!.title);
    expect(greek).toContain(corpus.greekMigrants!.title);
    expect(greek).not.toContain(corpus.closedSport!.title);
  });

  it('reaches Greek στέγαση from English housing, and needs every concept of the query', async () => {
    expect(await titles('housing')).toEqual([corpus.greekHousing!.title]);
    expect(await titles('housing refugees')).toEqual([]);
    expect(await titles('ένταξη προσφύγων')).toEqual(expect.arrayContaining([corpus.englishRefugees!.title, corpus.greekMigrants!.title]));
  });

  it('matches the word being typed as a prefix, but not once a space ends it', async () => {
    expect(await titles('μεταναστ')).toEqual([corpus.greekMigrants!.title]);
    expect(await titles('emplo')).toEqual([corpus.englishRefugees!.title]);
    expect(await titles('emplo ')).toEqual([]);
  });

  it('treats quotes, stars, NEAR, minus and colons as plain text, never a 500', async () => {
    for (const q of ['"refugee', 'refugee*', 'NEAR(refugee housing)', '-refugee', 'title:refugee', 'AND OR NOT', '"', '*', '(((']) {
      await expect(search(q)).resolves.toBeDefined();
    }
    expect(await titles('"refugee"')).toContain(corpus.englishRefugees!.title);
  });

  it('finds a call by its reference, ΑΔΑ or topic id', async () => {
    expect(await titles('AMIF-2026-TF2-AG-INTE-01')).toEqual([corpus.englishRefugees!.title]);
    expect(await titles('ΨΩ1Ζ46ΜΤΛΡ-ΑΒΓ')).toEqual([corpus.greekMigrants!.title]);
  });

  it('highlights the matching words of the original text, accents and all', async () => {
    const [item] = (await search('μεταναστων')).items;
    const { text, highlights } = item!.highlight!.title;
    expect(highlights.map(([start, end]) => text.slice(start, end))).toEqual(['Μεταναστών']);
    const summary = item!.highlight!.summary;
    expect(summary.highlights.map(([start, end]) => summary.text.slice(start, end))).toEqual(['Μεταναστών']);
  });

  it('keeps open calls above closed ones in relevance order', async () => {
    const results = await titles('racism refugees sport', { sort: 'relevance' });
    expect(results).toEqual([]);
    const either = await search('integration');
    const statuses = either.items.map((item) => item.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => Number(a === 'closed') - Number(b === 'closed')));
  });

  it('counts facets over the text matches, each without its own filter', async () => {
    const result = await search('refugees', { theme: 'municipal-services' });
    expect(result.total).toBe(1);
    // `refugees` reaches the Greek `προσφύγων` too; the housing and sport calls name neither.
    expect(result.facets.theme).toEqual({ 'municipal-services': 1, 'labour-market': 1 });
    expect(result.facets.applicant).toEqual({ municipalities: 1 });
    expect(result.facets.status).toEqual({ open: 1 });
  });

  it('filters by theme and eligible applicant without text', async () => {
    const base = { sort: 'deadline' as const, page: 1, pageSize: 20 };
    const ngos = await listCalls({ db: handle.db, now, filters: { ...base, applicant: 'ngos' } });
    expect(ngos.items.map((item) => item.id).sort()).toEqual([ids.englishRefugees, ids.closedSport].sort());
    expect(ngos.facets.applicant).toMatchObject({ ngos: 2, municipalities: 3, regions: 1 });
    const reform = await listCalls({ db: handle.db, now, filters: { ...base, theme: 'institutional-reform' } });
    expect(reform.items.map((item) => item.id)).toEqual([ids.greekHousing]);
  });

  it('follows a change of title into the index', async () => {
    const ctx = { db: handle.db, actor: { userId: null, email: 'system', role: 'admin' as const, municipalityId: null }, origin: { ipAddress: null, requestId: null } };
    await updateCall({ ctx: ctx as never, id: ids.closedSport!, patch: { title: 'Αθλητισμός κατά του ρατσισμού' }, now });
    expect(await titles('ρατσισμου')).toEqual(['Αθλητισμός κατά του ρατσισμού']);
    expect(await titles('against')).toEqual([]);
  });
});
