import { describe, expect, it } from 'vitest';
import { parseEspaDetail, parseEspaListing, toRawCall } from './espa.parse.ts';
import { readFixture } from './test-support.ts';

const pageUrl = 'https://www.espa.gr/el/Pages/Proclamations.aspx';
const origin = 'espa test';

function listing(cards: string): string {
  return `<!DOCTYPE html><html><head><title>Προγράμματα - Προσκλήσεις</title></head><body><div class="results">${cards}</div></body></html>`;
}

describe('parseEspaListing', () => {
  it('reads each card: item number, title, link, status and labelled paragraphs', async () => {
    const cards = parseEspaListing(await readFixture('espa/listing-page-1.html'), pageUrl, origin);
    expect(cards).toHaveLength(5);
    expect(cards[0]).toEqual({
      item: '5921',
      url: 'https://www.espa.gr/el/Pages/ProclamationsFS.aspx?item=5921',
      title: 'Συνέχιση λειτουργίας των Κέντρων Ένταξης Μεταναστών (ΚΕΜ) των Δήμων 2027-2029',
      statusHint: 'open',
      programme: 'Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή',
      area: 'Όλη η χώρα',
      period: '01/12/2026 - 29/01/2027',
    });
  });

  it('reads the three statuses: Ενεργή, Αναμένεται, Έληξε', async () => {
    const cards = parseEspaListing(await readFixture('espa/listing-page-1.html'), pageUrl, origin);
    expect(cards.map((card) => card.statusHint)).toEqual(['open', 'open', 'forthcoming', 'open', 'closed']);
  });

  it('keeps a d/m/yyyy submission period as text for the normaliser, unpadded days included', async () => {
    const [, attica] = parseEspaListing(await readFixture('espa/listing-page-1.html'), pageUrl, origin);
    expect(toRawCall(attica!, null)).toMatchObject({
      key: '5917',
      dateText: 'Περίοδος υποβολής: 3/11/2026 - 15/1/2027',
      deadlines: [],
      openingDate: null,
      language: 'el',
      dateZone: 'Europe/Athens',
      summary: 'Επιχειρησιακό πρόγραμμα: Αττική 2021-2027\nΠεριοχή εφαρμογής: Περιφέρεια Αττικής',
    });
  });

  it('finds labels whatever their case, accents or where the colon sits', () => {
    const [card] = parseEspaListing(
      listing(
        '<div class="item"><h3><a href="ProclamationsFS.aspx?item=7">Τίτλος</a></h3><p><span>Αναμενεται</span></p><p><strong>ΠΕΡΙΟΔΟΣ ΥΠΟΒΟΛΗΣ</strong>: 1/2/2027 - 1/3/2027</p></div>',
      ),
      pageUrl,
      origin,
    );
    expect(card).toMatchObject({ item: '7', statusHint: 'forthcoming', period: '1/2/2027 - 1/3/2027', programme: null });
  });

  it('accepts a normal listing page without cards', async () => {
    expect(parseEspaListing(await readFixture('espa/listing-empty.html'), pageUrl, origin)).toEqual([]);
  });

  it('fails with blocked_by_source on a bot-protection challenge instead of reporting no calls', async () => {
    const challenge = await readFixture('espa/bot-challenge.html');
    expect(() => parseEspaListing(challenge, pageUrl, origin)).toThrow(expect.objectContaining({ name: 'SourceError', code: 'blocked_by_source' }));
  });

  it('refuses a card it cannot identify, so a changed layout shows as an error', () => {
    expect(() => parseEspaListing(listing('<div class="item"><h3>Χωρίς σύνδεσμο</h3></div>'), pageUrl, origin)).toThrow(
      expect.objectContaining({ code: 'invalid_document', message: expect.stringContaining('card 1') }),
    );
  });
});

describe('parseEspaDetail', () => {
  it('reads the budget in Greek number format as text, and the description as HTML', async () => {
    const detail = parseEspaDetail(await readFixture('espa/detail-5880.html'), origin);
    expect(detail.budgetText).toBe('Προϋπολογισμός: 4.120.500,75 €');
    expect(detail.body).toContain('Ολοκληρωμένες παρεμβάσεις κοινωνικής ένταξης');
    expect(detail.body).toContain('Σε ποιους απευθύνεται');
  });

  it('fails with blocked_by_source on a challenge page', async () => {
    const challenge = await readFixture('espa/bot-challenge.html');
    expect(() => parseEspaDetail(challenge, origin)).toThrow(expect.objectContaining({ code: 'blocked_by_source' }));
  });
});
