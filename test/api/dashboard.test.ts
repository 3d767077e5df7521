import { randomUUID } from 'node:crypto';
import { matches, municipalities, needs, programmes, proposals, proposalStatuses, type NeedStatus, type Programme, type ProposalStatus } from '@cni/db';
import { buildCallFields, insertTestCalls } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { insertProposalStories, type ProposalStory } from '../helpers/proposal-history.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

/** A story with what the test expects of it: its programme, and the Athens quarters of its submission and award. */
type Story = ProposalStory & { programme: Programme; quarters?: { submitted?: string; awarded?: string } };

function buildStories(callIds: { amif: string; cerv: string }): Story[] {
  return [
    {
      title: 'Αθήνα: συμβουλευτική απασχόλησης',
      lead: 'athens',
      template: 'esf-plus',
      programme: 'esf-plus',
      history: [
        ['idea', '2024-11-01T10:00:00.000Z'],
        ['drafting', '2024-12-01T10:00:00.000Z'],
        ['review', '2025-02-01T10:00:00.000Z'],
        // 1 April 00:30 in Athens: the second quarter there, still the first in UTC.
        ['submitted', '2025-03-31T21:30:00.000Z'],
        ['awarded', '2025-09-30T21:30:00.000Z'],
      ],
      requestedCents: 1_000_000,
      awardedCents: 800_000,
      quarters: { submitted: '2025-Q2', awarded: '2025-Q4' },
    },
    {
      title: 'Αθήνα: διαπολιτισμικοί μεσολαβητές',
      lead: 'athens',
      template: 'amif',
      callId: callIds.amif,
      programme: 'amif',
      history: [
        ['idea', '2025-01-10T10:00:00.000Z'],
        ['drafting', '2025-02-10T10:00:00.000Z'],
        ['review', '2025-04-10T10:00:00.000Z'],
        ['submitted', '2025-05-10T09:00:00.000Z'],
        ['rejected', '2025-08-01T09:00:00.000Z'],
      ],
      requestedCents: 2_500_050,
      quarters: { submitted: '2025-Q2' },
    },
    {
      title: 'Στέγαση, "ΕΣΤΙΑ" και ένταξη',
      lead: 'athens',
      template: 'esf-plus',
      programme: 'esf-plus',
      history: [
        ['idea', '2026-10-01T10:00:00.000Z'],
        ['drafting', '2026-10-15T10:00:00.000Z'],
      ],
      deadline: inDays(10),
    },
    { title: 'Αθήνα: ιδέα για αργότερα', lead: 'athens', template: 'donor', programme: 'donor', history: [['idea', '2026-11-01T10:00:00.000Z']], deadline: inDays(120) },
    {
      title: 'Θεσσαλονίκη: κατά του ρατσισμού',
      lead: 'thessaloniki',
      partners: ['athens'],
      template: 'blank',
      callId: callIds.cerv,
      programme: 'cerv',
      history: [
        ['idea', '2025-10-01T10:00:00.000Z'],
        // New Year's night in Athens: the first quarter of 2026 there.
        ['submitted', '2025-12-31T22:10:00.000Z'],
      ],
      requestedCents: 3_333_333,
      quarters: { submitted: '2026-Q1' },
    },
    {
      title: 'Θεσσαλονίκη: ίδρυμα δωρητών',
      lead: 'thessaloniki',
      template: 'donor',
      programme: 'donor',
      history: [
        ['idea', '2023-11-01T10:00:00.000Z'],
        ['submitted', '2024-02-01T10:00:00.000Z'],
        ['awarded', '2024-06-01T10:00:00.000Z'],
      ],
      requestedCents: 5_000_000,
      awardedCents: 4_000_000,
      quarters: { submitted: '2024-Q1', awarded: '2024-Q2' },
    },
    {
      title: 'Θεσσαλονίκη: απορρίφθηκε',
      lead: 'thessaloniki',
      template: 'esf-plus',
      programme: 'esf-plus',
      history: [
        ['idea', '2025-11-01T10:00:00.000Z'],
        ['submitted', '2026-01-15T10:00:00.000Z'],
        ['rejected', '2026-03-01T10:00:00.000Z'],
      ],
      requestedCents: 1_200_000,
      quarters: { submitted: '2026-Q1' },
    },
    {
      // Submitted, then withdrawn: no longer asks for anything.
      title: 'Λάρισα: αποσύρθηκε',
      lead: 'larissa',
      template: 'amif',
      callId: callIds.amif,
      programme: 'amif',
      history: [
        ['idea', '2025-01-01T10:00:00.000Z'],
        ['submitted', '2025-03-01T10:00:00.000Z'],
        ['withdrawn', '2025-04-01T10:00:00.000Z'],
      ],
      requestedCents: 700_000,
    },
    {
      title: 'Λάρισα: σε έλεγχο',
      lead: 'larissa',
      template: 'blank',
      programme: 'other',
      history: [
        ['idea', '2026-09-01T10:00:00.000Z'],
        ['drafting', '2026-10-01T10:00:00.000Z'],
        ['review', '2026-11-01T10:00:00.000Z'],
      ],
      deadline: inDays(5),
    },
    {
      title: 'Λάρισα: χωρίς ποσό',
      lead: 'larissa',
      template: 'esf-plus',
      programme: 'esf-plus',
      history: [
        ['idea', '2025-05-01T10:00:00.000Z'],
        ['submitted', '2025-07-01T10:00:00.000Z'],
      ],
      quarters: { submitted: '2025-Q3' },
    },
  ];
}

// The expected figures, computed from the stories alone by the contract's definitions.
const statusOf = (story: Story): ProposalStatus => story.history[story.history.length - 1]![0];
const sentStatuses: ProposalStatus[] = ['submitted', 'awarded', 'rejected'];
const total = (stories: Story[], cents: (story: Story) => number | null | undefined) => stories.reduce((sum, story) => sum + (cents(story) ?? 0), 0);

function expectedOutcome(stories: Story[]) {
  const submitted = stories.filter((story) => sentStatuses.includes(statusOf(story)));
  const awarded = stories.filter((story) => statusOf(story) === 'awarded');
  const rejected = stories.filter((story) => statusOf(story) === 'rejected');
  const decided = awarded.length + rejected.length;
  return {
    submitted: submitted.length,
    awarded: awarded.length,
    rejected: rejected.length,
    successRate: decided === 0 ? null : awarded.length / decided,
    requestedCents: total(submitted, (story) => story.requestedCents),
    awardedCents: total(awarded, (story) => story.awardedCents),
  };
}

function expectedByStatus(stories: Story[]) {
  return Object.fromEntries(proposalStatuses.map((status) => [status, stories.filter((story) => statusOf(story) === status).length]));
}

function expectedByProgramme(stories: Story[]) {
  return programmes
    .filter((programme) => stories.some((story) => story.programme === programme))
    .map((programme) => ({ programme, ...expectedOutcome(stories.filter((story) => story.programme === programme)) }));
}

function expectedFunds(stories: Story[]) {
  const byQuarter = new Map<string, { requestedCents: number; awardedCents: number }>();
  const add = (quarter: string | undefined, field: 'requestedCents' | 'awardedCents', cents: number) => {
    if (!quarter) return;
    const entry = byQuarter.get(quarter) ?? { requestedCents: 0, awardedCents: 0 };
    entry[field] += cents;
    byQuarter.set(quarter, entry);
  };
  for (const story of stories) {
    if (sentStatuses.includes(statusOf(story))) add(story.quarters?.submitted, 'requestedCents', story.requestedCents ?? 0);
    if (statusOf(story) === 'awarded') add(story.quarters?.awarded, 'awardedCents', story.awardedCents ?? 0);
  }
  const index = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  const indices = [...byQuarter.keys()].map(index);
  const periods = [];
  for (let i = Math.min(...indices); i <= Math.max(...indices); i++) {
    const period = `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    periods.push({ period, ...(byQuarter.get(period) ?? { requestedCents: 0, awardedCents: 0 }) });
  }
  return periods;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let [row, cell, quoted] = [[] as string[], '', false];
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
      else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') [row, cell] = [[...row, cell], ''];
    else if (character === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      [row, cell, i] = [[], '', i + 1];
    } else cell += character;
  }
  return rows;
}

const euros = (cents: number) => (cents / 100).toFixed(2);
const rate = (value: number | null) => (value === null ? '' : value.toFixed(4));
const athensClock = (iso: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Athens', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
};

describe('dashboard', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let athens: ApiClient;
  let stories: Story[];
  let storyIds: string[];
  const needIds: Record<string, string> = {};
  const callIds: Record<string, string> = {};

  beforeEach(async () => {
    server = await startTestServer();
    const { db } = server.handle;
    // Start from no proposals at all: the demo seed's (and its history's) would otherwise be counted too.
    await db.delete(proposals);
    const [amif, cerv, open, far, closed, forthcoming] = await insertTestCalls(db, [
      buildCallFields({ title: 'AMIF κέντρα ένταξης', programme: 'amif', openingDate: '2024-10-01T07:00:00.000Z', deadline: '2025-06-01T14:00:00.000Z' }),
      buildCallFields({ title: 'CERV κατά των διακρίσεων', programme: 'cerv', openingDate: '2025-09-01T07:00:00.000Z', deadline: '2026-01-10T14:00:00.000Z' }),
      buildCallFields({ title: 'ΕΚΤ+ ανοιχτή πρόσκληση απασχόλησης', programme: 'esf-plus', openingDate: inDays(-10), deadline: inDays(20) }),
      buildCallFields({ title: 'Μακρινή ανοιχτή πρόσκληση', programme: 'esf-plus', openingDate: inDays(-10), deadline: inDays(100) }),
      buildCallFields({ title: 'Έληξε πρόσφατα', programme: 'esf-plus', openingDate: inDays(-60), deadline: inDays(-2) }),
      buildCallFields({ title: 'Ανοίγει σύντομα', programme: 'amif', openingDate: inDays(10), deadline: inDays(60) }),
    ]);
    Object.assign(callIds, { open, far, closed, forthcoming });
    stories = buildStories({ amif: amif!, cerv: cerv! });
    storyIds = await insertProposalStories(db, stories);

    const idOf = new Map((await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities)).map((row) => [row.slug, row.id]));
    const need = (key: string, slug: string, status: NeedStatus = 'identified') => {
      needIds[key] = randomUUID();
      return { id: needIds[key]!, municipalityId: idOf.get(slug)!, title: `Ανάγκη ${key}`, description: '', category: 'labour-market', targetGroups: [], priority: 1, status };
    };
    await db.insert(needs).values([
      need('covered', 'athens'),
      need('onlyClosed', 'athens', 'in-progress'),
      need('weak', 'athens'),
      need('addressed', 'athens', 'addressed'),
      need('forthcoming', 'athens'),
      need('larissa', 'larissa'),
    ]);
    const match = (needKey: string, callId: string, score: number) => ({ needId: needIds[needKey]!, callId, score, reasons: [], computedAt: new Date().toISOString() });
    await db
      .insert(matches)
      .values([
        match('covered', callIds.open!, 0.8),
        match('covered', callIds.far!, 0.9),
        // Stored before the call closed: the score still says upper tier, the call's dates say closed.
        match('onlyClosed', callIds.closed!, 0.9),
        match('weak', callIds.open!, 0.3),
        match('forthcoming', callIds.forthcoming!, 0.7),
      ]);

    [coordinator, athens] = await Promise.all([loggedInAs(server.url, 'coordinator@demo.cni.gr'), loggedInAs(server.url, 'officer.athens@demo.cni.gr')]);
  });
  afterEach(() => server.close());

  async function fetchCsv(client: ApiClient, query: string) {
    const response = await fetch(`${server.url}/api/dashboard.csv?${query}`, { headers: { cookie: client.cookie! } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  describe('GET /api/dashboard', () => {
    it('gives the coordination team the network’s figures, equal to sums over the proposals', async () => {
      const response = await coordinator.get('/api/dashboard');
      expect(response.status).toBe(200);
      const dashboard = response.body;
      const { submitted: _s, awarded: _a, rejected: _r, ...totals } = expectedOutcome(stories);
      expect(dashboard).toMatchObject({ municipality: null, proposalsByStatus: expectedByStatus(stories), ...totals });
      expect(dashboard.byProgramme).toEqual(expectedByProgramme(stories));
      expect(dashboard.fundsOverTime).toEqual(expectedFunds(stories));

      expect(dashboard.byMunicipality).toHaveLength(18);
      for (const row of dashboard.byMunicipality) {
        const led = stories.filter((story) => story.lead === row.municipality.slug);
        expect(row, row.municipality.slug).toEqual({ municipality: row.municipality, proposalsByStatus: expectedByStatus(led), ...expectedOutcome(led) });
      }
      expect(dashboard.byMunicipality.find((row: { municipality: { slug: string } }) => row.municipality.slug === 'athens').municipality).toEqual({
        slug: 'athens',
        name: 'Athens',
        nameEl: 'Αθήνα',
      });
    });

    it('counts a proposal for the municipality that leads it, not for its partners', async () => {
      for (const slug of ['athens', 'thessaloniki', 'larissa']) {
        const response = await coordinator.get(`/api/dashboard?municipality=${slug}`);
        expect(response.status).toBe(200);
        const led = stories.filter((story) => story.lead === slug);
        const { submitted: _s, awarded: _a, rejected: _r, ...totals } = expectedOutcome(led);
        expect(response.body, slug).toMatchObject({ municipality: { slug }, proposalsByStatus: expectedByStatus(led), ...totals });
        expect(response.body.byProgramme).toEqual(expectedByProgramme(led));
        expect(response.body.fundsOverTime).toEqual(expectedFunds(led));
        expect(response.body.byMunicipality).toEqual([{ municipality: response.body.municipality, proposalsByStatus: expectedByStatus(led), ...expectedOutcome(led) }]);
      }
    });

    it('lists the next 90 days’ deadlines of unfinished proposals and of open calls matched to open needs, soonest first', async () => {
      const known = new Set([...storyIds, ...Object.values(callIds)]);
      const ours = (items: Array<{ callId: string | null; proposalId: string | null; title: string }>) =>
        items.filter((item) => known.has(item.proposalId ?? '') || known.has(item.callId ?? '')).map((item) => item.title);

      const athensDashboard = (await athens.get('/api/dashboard')).body;
      expect(ours(athensDashboard.upcomingDeadlines)).toEqual(['Στέγαση, "ΕΣΤΙΑ" και ένταξη', 'ΕΚΤ+ ανοιχτή πρόσκληση απασχόλησης']);
      const call = athensDashboard.upcomingDeadlines.find((item: { callId: string }) => item.callId === callIds.open);
      expect(call).toMatchObject({ proposalId: null, municipality: { slug: 'athens' } });
      const proposal = athensDashboard.upcomingDeadlines.find((item: { proposalId: string }) => item.proposalId === storyIds[2]);
      expect(proposal).toMatchObject({ callId: null, municipality: { slug: 'athens', nameEl: 'Αθήνα' } });

      const network = (await coordinator.get('/api/dashboard')).body;
      expect(ours(network.upcomingDeadlines)).toEqual(['Λάρισα: σε έλεγχο', 'Στέγαση, "ΕΣΤΙΑ" και ένταξη', 'ΕΚΤ+ ανοιχτή πρόσκληση απασχόλησης']);
      const deadlines = network.upcomingDeadlines.map((item: { deadline: string }) => item.deadline);
      expect(deadlines).toEqual([...deadlines].sort());
      for (const deadline of deadlines) expect(Date.parse(deadline)).toBeLessThanOrEqual(Date.now() + 90 * day);
    });

    it('reports as gaps the open needs with no upper-tier match to an open or forthcoming call', async () => {
      const athensDashboard = (await athens.get('/api/dashboard')).body;
      expect(athensDashboard.needsWithoutOpenCall).toEqual(expect.arrayContaining([needIds.onlyClosed, needIds.weak]));
      for (const key of ['covered', 'forthcoming', 'addressed', 'larissa']) expect(athensDashboard.needsWithoutOpenCall, key).not.toContain(needIds[key]);
      expect(athensDashboard.gaps.map((gap: { needId: string }) => gap.needId)).toEqual(athensDashboard.needsWithoutOpenCall);
      expect(athensDashboard.gaps.find((gap: { needId: string }) => gap.needId === needIds.onlyClosed)).toEqual({
        needId: needIds.onlyClosed,
        title: 'Ανάγκη onlyClosed',
        category: 'labour-market',
        municipality: { slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' },
      });

      const network = (await coordinator.get('/api/dashboard')).body;
      expect(network.needsWithoutOpenCall).toEqual(expect.arrayContaining([needIds.onlyClosed, needIds.weak, needIds.larissa]));
      expect(network.needsWithoutOpenCall).not.toContain(needIds.covered);
    });

    it('shows an officer only their own municipality: another slug is 403, and the liaison has no dashboard', async () => {
      const own = await athens.get('/api/dashboard');
      expect(own.status).toBe(200);
      expect(own.body.municipality).toEqual({ slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' });
      expect((await athens.get('/api/dashboard?municipality=athens')).body).toEqual(own.body);
      for (const response of [
        await athens.get('/api/dashboard?municipality=thessaloniki'),
        await (await loggedInAs(server.url, 'liaison@demo.cni.gr')).get('/api/dashboard'),
      ]) {
        expect(response.status).toBe(403);
        expectErrorShape(response.body);
      }
      const unknown = await coordinator.get('/api/dashboard?municipality=atlantis');
      expect(unknown.status).toBe(404);
      expectErrorShape(unknown.body);
      expect((await (await loggedInAs(server.url, 'admin@demo.cni.gr')).get('/api/dashboard?municipality=larissa')).status).toBe(200);
    });
  });

  describe('GET /api/dashboard.csv', () => {
    it('gives every table as the same figures as the JSON, with a BOM, quoting and an attachment name', async () => {
      const dashboard = (await coordinator.get('/api/dashboard')).body;
      const municipalityCells = (municipality: { slug: string; name: string; nameEl: string } | null) =>
        municipality ? [municipality.slug, municipality.name, municipality.nameEl] : ['', '', ''];
      const expected: Record<string, string[][]> = {
        pipeline: proposalStatuses.map((status) => [status, String(dashboard.proposalsByStatus[status])]),
        programmes: dashboard.byProgramme.map((row: any) => [
          row.programme,
          String(row.submitted),
          String(row.awarded),
          String(row.rejected),
          rate(row.successRate),
          euros(row.requestedCents),
          euros(row.awardedCents),
        ]),
        municipalities: dashboard.byMunicipality.map((row: any) => [
          ...municipalityCells(row.municipality),
          ...proposalStatuses.map((status) => String(row.proposalsByStatus[status])),
          String(row.submitted),
          rate(row.successRate),
          euros(row.requestedCents),
          euros(row.awardedCents),
        ]),
        funds: dashboard.fundsOverTime.map((row: any) => [row.period, euros(row.requestedCents), euros(row.awardedCents)]),
        deadlines: dashboard.upcomingDeadlines.map((row: any) => [
          athensClock(row.deadline),
          row.title,
          ...municipalityCells(row.municipality),
          row.callId ?? '',
          row.proposalId ?? '',
        ]),
        gaps: dashboard.gaps.map((row: any) => [row.needId, row.title, row.category, ...municipalityCells(row.municipality)]),
      };
      for (const [table, rows] of Object.entries(expected)) {
        const csv = await fetchCsv(coordinator, `table=${table}`);
        expect(csv.status, table).toBe(200);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="cni-dashboard-${table}-network.csv"`);
        expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...body] = parseCsv(csv.text.slice(1));
        expect(header!.length, table).toBe(rows[0]?.length ?? header!.length);
        expect(body, table).toEqual(rows);
      }
      // Money is euros with a dot, and text with commas and quotes survives the round trip.
      const programmesCsv = parseCsv((await fetchCsv(coordinator, 'table=programmes')).text.slice(1));
      expect(programmesCsv[0]).toEqual(['programme', 'submitted', 'awarded', 'rejected', 'success_rate', 'requested_eur', 'awarded_eur']);
      expect(programmesCsv.find((row) => row[0] === 'amif')).toEqual(['amif', '1', '0', '1', '0.0000', '25000.50', '0.00']);
      const deadlinesText = (await fetchCsv(coordinator, 'table=deadlines')).text;
      expect(deadlinesText).toContain('"Στέγαση, ""ΕΣΤΙΑ"" και ένταξη"');
    });

    it('follows the JSON’s access rules and names the file for the scope', async () => {
      const own = await fetchCsv(athens, 'table=funds');
      expect(own.status).toBe(200);
      expect(own.headers.get('content-disposition')).toBe('attachment; filename="cni-dashboard-funds-athens.csv"');
      const athensStories = stories.filter((story) => story.lead === 'athens');
      expect(parseCsv(own.text.slice(1)).slice(1)).toEqual(
        expectedFunds(athensStories).map((row) => [row.period, euros(row.requestedCents), euros(row.awardedCents)]),
      );
      expect((await fetchCsv(athens, 'table=funds&municipality=thessaloniki')).status).toBe(403);
      expect((await fetchCsv(await loggedInAs(server.url, 'liaison@demo.cni.gr'), 'table=funds')).status).toBe(403);
      expect((await fetchCsv(coordinator, 'table=everything')).status).toBe(400);
    });
  });
});
