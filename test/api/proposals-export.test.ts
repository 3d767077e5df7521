import { inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

/** The files of a ZIP archive, read through its central directory as a word processor does. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return files;
}

describe('proposal export', () => {
  let server: TestServer;
  let athens: ApiClient;
  let proposal: { id: string; sections: Array<{ id: string; title: string }> };
  beforeEach(async () => {
    server = await startTestServer();
    athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    proposal = (
      await athens.post('/api/proposals', { title: 'Ένταξη & απασχόληση', leadMunicipality: 'athens', partnerMunicipalities: ['thessaloniki'], template: 'donor' })
    ).body;
    // The collaborative editor keeps this column; here it stands in for two paragraphs typed by an officer.
    await server.handle.db.$client.execute({
      sql: 'UPDATE proposal_sections SET plain_text = ? WHERE id = ?',
      args: ['Πρώτη παράγραφος <με> σύμβολα.\nΔεύτερη παράγραφος', proposal.sections[0]!.id],
    });
    await athens.post(`/api/proposals/${proposal.id}/budget/lines`, {
      category: 'staff',
      description: 'Διαμεσολαβητής',
      quantityMilli: 1500,
      unitCostCents: 33_333,
      ownContributionCents: 7_500,
    });
    await athens.post(`/api/proposals/${proposal.id}/budget/lines`, { category: 'travel', description: 'Μετακινήσεις', quantityMilli: 12_000, unitCostCents: 123_456 });
  });
  afterEach(() => server.close());

  it('GET /api/proposals/:id/export.docx is a valid Word document with headings, paragraphs and the budget table', async () => {
    const response = await fetch(`${server.url}/api/proposals/${proposal.id}/export.docx`, { headers: { cookie: athens.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Ένταξη & απασχόληση')}.docx`);
    const files = unzip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('<w:t xml:space="preserve">Ένταξη &amp; απασχόληση</w:t>');
    const headings = [...xml.matchAll(/<w:pStyle w:val="(Title|Heading1)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[2]);
    expect(headings).toEqual(['Ένταξη &amp; απασχόληση', ...proposal.sections.map((section) => section.title), 'Προϋπολογισμός']);
    expect(xml).toContain('Πρώτη παράγραφος &lt;με&gt; σύμβολα.</w:t>');
    expect(xml).toContain('>Δεύτερη παράγραφος</w:t>');
    const cells = [...xml.matchAll(/<w:tc>.*?<w:t[^>]*>([^<]*)<\/w:t>.*?<\/w:tc>/g)].map((match) => match[1]);
    // 1.5 × 333.33 € = 499.995 € → 500.00 €; 12 × 1 234.56 € = 14 814.72 €; together 15 314.72 €.
    expect(cells).toEqual(expect.arrayContaining(['Διαμεσολαβητής', '1,5', '333,33 €', '500,00 €', '425,00 €', '75,00 €', '12', '14.814,72 €']));
    const totalsAt = cells.indexOf('Σύνολα');
    expect(cells.slice(totalsAt + 4, totalsAt + 7)).toEqual(['15.314,72 €', '15.239,72 €', '75,00 €']);
  });

  it('GET /api/proposals/:id/export.md renders sections and the budget table in Markdown', async () => {
    const response = await fetch(`${server.url}/api/proposals/${proposal.id}/export.md?lang=en`, { headers: { cookie: athens.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const markdown = await response.text();
    expect(markdown.startsWith('# Ένταξη & απασχόληση\n')).toBe(true);
    expect(markdown).toContain('- **Lead municipality:** Athens\n- **Partners:** Thessaloniki');
    expect(markdown).toContain(`## ${proposal.sections[0]!.title}\n\nΠρώτη παράγραφος \\<με\\> σύμβολα.\n\nΔεύτερη παράγραφος\n`);
    expect(markdown).toContain('| Staff | Διαμεσολαβητής | 1.5 | €333.33 | €500.00 | €425.00 | €75.00 |');
    expect(markdown).toContain('| Totals |  |  |  | €15,314.72 | €15,239.72 | €75.00 |');
    expect(markdown).toContain('Co-financing rate: 99.51 %');
  });

  it('answers 404 to a municipality that may not read the proposal', async () => {
    const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
    expect((await piraeus.get(`/api/proposals/${proposal.id}/export.docx`)).status).toBe(404);
    expect((await piraeus.get(`/api/proposals/${proposal.id}/export.md`)).status).toBe(404);
  });
});
