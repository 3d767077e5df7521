import { listAuditEntries } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const mib = 1024 * 1024;

/** A PDF-looking body of `size` bytes: the signature, then filler. */
function pdfOf(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  bytes.set(new TextEncoder().encode('\n%%EOF'), size - 6);
  return bytes;
}

const outcome = { requestedCents: 25_000_000, awardedCents: 20_000_000, evaluatorScore: 72.5, evaluatorMaxScore: 100, feedback: 'Καλή τεκμηρίωση αναγκών.' };

describe('proposal outcomes', () => {
  let server: TestServer;
  let athens: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
  });
  afterEach(() => server.close());

  async function athensProposal(until: 'idea' | 'submitted') {
    let proposal = (await athens.post('/api/proposals', { title: 'Συμβουλευτική απασχόλησης', leadMunicipality: 'athens', template: 'esf-plus' })).body;
    if (until === 'submitted') {
      for (const status of ['drafting', 'review', 'submitted']) {
        proposal = (await athens.patch(`/api/proposals/${proposal.id}`, { version: proposal.version, status })).body;
      }
      expect(proposal.status).toBe('submitted');
    }
    return proposal;
  }

  /** The raw upload, as the browser's fetch sends it: the file as the body, its name percent-encoded. */
  function upload(client: ApiClient, proposalId: string, body: Uint8Array<ArrayBuffer> | ReadableStream, headers: Record<string, string> = {}) {
    return fetch(`${server.url}/api/proposals/${proposalId}/outcome/attachment`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('Αξιολόγηση ΕΚΤ+.pdf'), ...(client.cookie ? { cookie: client.cookie } : {}), ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  }

  describe('GET and PUT /api/proposals/:id/outcome', () => {
    it('starts at version 0 and refuses an outcome before the proposal is submitted (409 proposal_not_decided)', async () => {
      const draft = await athensProposal('idea');
      const empty = await athens.get(`/api/proposals/${draft.id}/outcome`);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({
        proposalId: draft.id,
        status: 'idea',
        requestedCents: null,
        awardedCents: null,
        evaluatorScore: null,
        evaluatorMaxScore: null,
        feedback: '',
        attachment: null,
        version: 0,
        updatedAt: null,
      });
      const early = await athens.put(`/api/proposals/${draft.id}/outcome`, { version: 0, ...outcome });
      expect(early.status).toBe(409);
      expectErrorShape(early.body);
      expect(early.body.error.code).toBe('proposal_not_decided');
      const upload409 = await upload(athens, draft.id, pdfOf(100));
      expect(upload409.status).toBe(409);
    });

    it('records the outcome with its amounts on the proposal, and 409 on a stale version', async () => {
      const proposal = await athensProposal('submitted');
      const first = await athens.put(`/api/proposals/${proposal.id}/outcome`, { version: 0, ...outcome });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ ...outcome, status: 'submitted', version: 1, attachment: null });
      const stored = (await athens.get(`/api/proposals/${proposal.id}`)).body;
      expect(stored).toMatchObject({ requestedCents: 25_000_000, awardedCents: 20_000_000, version: proposal.version + 1 });

      // Two first records at once, or a form read before the first: only one wins.
      const again = await athens.put(`/api/proposals/${proposal.id}/outcome`, { version: 0, ...outcome, feedback: 'Άλλη γνώμη' });
      expect(again.status).toBe(409);
      expectErrorShape(again.body);
      const second = await athens.put(`/api/proposals/${proposal.id}/outcome`, { version: 1, ...outcome, evaluatorScore: 80 });
      expect(second.body).toMatchObject({ evaluatorScore: 80, feedback: outcome.feedback, version: 2 });
      expect((await athens.put(`/api/proposals/${proposal.id}/outcome`, { version: 1, ...outcome })).status).toBe(409);
      // Unchanged amounts leave the proposal's own version alone.
      expect((await athens.get(`/api/proposals/${proposal.id}`)).body.version).toBe(proposal.version + 1);

      const entries = await listAuditEntries({ db: server.handle.db, entityId: proposal.id });
      expect(entries.filter((entry) => entry.action === 'proposal.outcome')).toHaveLength(2);
    });

    it('checks the body and who may record it', async () => {
      const proposal = await athensProposal('submitted');
      for (const body of [
        { version: 0, ...outcome, evaluatorScore: 120 },
        { version: 0, ...outcome, requestedCents: 12.5 },
        { version: 0, ...outcome, evaluatorScore: -1 },
        { ...outcome },
      ]) {
        const response = await athens.put(`/api/proposals/${proposal.id}/outcome`, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expectErrorShape(response.body);
      }
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await piraeus.get(`/api/proposals/${proposal.id}/outcome`)).status).toBe(404);
      expect((await piraeus.put(`/api/proposals/${proposal.id}/outcome`, { version: 0, ...outcome })).status).toBe(404);
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      expect((await coordinator.get(`/api/proposals/${proposal.id}/outcome`)).status).toBe(200);
      expect((await coordinator.put(`/api/proposals/${proposal.id}/outcome`, { version: 0, ...outcome })).status).toBe(403);
    });

    it('shows the demo history’s outcomes', async () => {
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      const awarded = (await coordinator.get('/api/proposals?status=awarded')).body;
      expect(awarded.length).toBeGreaterThan(3);
      const read = await coordinator.get(`/api/proposals/${awarded[0].id}/outcome`);
      expect(read.body).toMatchObject({ status: 'awarded', version: 1 });
      expect(read.body.awardedCents).toBeGreaterThan(0);
    });
  });

  describe('the evaluation report', () => {
    it('stores a PDF and gives back the same bytes as a download', async () => {
      const proposal = await athensProposal('submitted');
      const file = pdfOf(200_000);
      const stored = await upload(athens, proposal.id, file);
      expect(stored.status).toBe(200);
      expect(await stored.json()).toEqual({ name: 'Αξιολόγηση ΕΚΤ+.pdf', bytes: 200_000 });
      expect((await athens.get(`/api/proposals/${proposal.id}/outcome`)).body.attachment).toEqual({ name: 'Αξιολόγηση ΕΚΤ+.pdf', bytes: 200_000 });

      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      const download = await fetch(`${server.url}/api/proposals/${proposal.id}/outcome/attachment`, { headers: { cookie: coordinator.cookie! } });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="__________ ___+.pdf"; filename*=UTF-8''${encodeURIComponent('Αξιολόγηση ΕΚΤ+.pdf')}`,
      );
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(file);

      expect((await athens.delete(`/api/proposals/${proposal.id}/outcome/attachment`)).status).toBe(204);
      expect((await athens.get(`/api/proposals/${proposal.id}/outcome/attachment`)).status).toBe(404);
      expect((await athens.get(`/api/proposals/${proposal.id}/outcome`)).body.attachment).toBeNull();
      const entries = await listAuditEntries({ db: server.handle.db, entityId: proposal.id });
      expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['proposal.outcome.attachment', 'proposal.outcome.attachment.delete']));
    });

    it('takes 5 MiB and refuses one byte more (413), while JSON next door still stops at 1 MiB', async () => {
      const proposal = await athensProposal('submitted');
      expect((await upload(athens, proposal.id, pdfOf(5 * mib))).status).toBe(200);
      expect((await athens.get(`/api/proposals/${proposal.id}/outcome`)).body.attachment.bytes).toBe(5 * mib);
      // Refusals last: the server drops a connection whose body it did not read, soon after answering.
      const tooLarge = await upload(athens, proposal.id, pdfOf(5 * mib + 1));
      expect(tooLarge.status).toBe(413);
      expectErrorShape(await tooLarge.json());
      const bigJson = await athens.put(`/api/proposals/${proposal.id}/outcome`, JSON.stringify({ version: 0, ...outcome, feedback: 'x'.repeat(2 * mib) }));
      expect(bigJson.status).toBe(413);
    });

    it('refuses an oversized upload that announces no length (413)', async () => {
      const proposal = await athensProposal('submitted');
      // Small chunks, so that what is left unread after the limit fits the socket's buffers.
      const chunk = 64 * 1024;
      const chunks = new ReadableStream({
        start(controller) {
          controller.enqueue(pdfOf(chunk));
          for (let index = 1; index <= (5 * mib) / chunk; index++) controller.enqueue(new Uint8Array(chunk));
          controller.close();
        },
      });
      expect((await upload(athens, proposal.id, chunks)).status).toBe(413);
    });

    it('refuses what is not a PDF, by its bytes or its declared type (415)', async () => {
      const proposal = await athensProposal('submitted');
      const notPdf = await upload(athens, proposal.id, new TextEncoder().encode('<html>not a report</html>'));
      expect(notPdf.status).toBe(415);
      expectErrorShape(await notPdf.json());
      for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
        expect((await upload(athens, proposal.id, pdfOf(100), { 'content-type': type })).status, type).toBe(415);
      }
      expect((await athens.get(`/api/proposals/${proposal.id}/outcome`)).body.attachment).toBeNull();
    });

    it('refuses an upload sent from another site, without a session, or by someone who may not edit', async () => {
      const proposal = await athensProposal('submitted');
      const fromEvil = await upload(athens, proposal.id, pdfOf(100), { origin: 'https://evil.example' });
      expect(fromEvil.status).toBe(403);
      expectErrorShape(await fromEvil.json());
      expect((await upload(athens, proposal.id, pdfOf(100), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await upload(athens, proposal.id, pdfOf(100), { origin: server.url, 'sec-fetch-site': 'same-origin' })).status).toBe(200);

      const anonymous = await fetch(`${server.url}/api/proposals/${proposal.id}/outcome/attachment`, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdfOf(100) });
      expect(anonymous.status).toBe(401);
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await upload(piraeus, proposal.id, pdfOf(100))).status).toBe(404);
      expect((await piraeus.get(`/api/proposals/${proposal.id}/outcome/attachment`)).status).toBe(404);
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      expect((await upload(coordinator, proposal.id, pdfOf(100))).status).toBe(403);
      expect((await coordinator.delete(`/api/proposals/${proposal.id}/outcome/attachment`)).status).toBe(403);
    });
  });
});
