import { randomUUID } from 'node:crypto';
import { announcements, goodPractices, lessons, municipalities, needs, programmes, type Programme, type SharingLevel } from '@cni/db';
import { buildCallFields, insertTestCalls } from '@cni/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { insertProposalStories, type ProposalStory } from '../helpers/proposal-history.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// 2019 in Athens, as UTC: both New Year's midnights fall in winter time (+2). No demo data is dated 2019.
const year = 2019;
const yearStart = '2018-12-31T22:00:00.000Z';
const yearEnd = '2019-12-31T22:00:00.000Z';
const inYear = (at: string | undefined) => at !== undefined && at >= yearStart && at < yearEnd;

type Story = ProposalStory & { programme: Programme };

const stories: Story[] = [
  {
    title: 'Απασχόληση: βραβεύτηκε μέσα στη χρονιά',
    lead: 'athens',
    template: 'esf-plus',
    programme: 'esf-plus',
    history: [
      ['idea', '2019-01-10T10:00:00.000Z'],
      ['submitted', '2019-03-01T10:00:00.000Z'],
      ['awarded', '2019-09-01T10:00:00.000Z'],
    ],
    requestedCents: 1_000_000,
    awardedCents: 900_000,
  },
  {
    title: 'Μεσολαβητές: υποβλήθηκε την πρωτοχρονιά στην Αθήνα',
    lead: 'thessaloniki',
    template: 'amif',
    programme: 'amif',
    history: [
      ['idea', '2018-11-01T10:00:00.000Z'],
      ['submitted', '2018-12-31T22:30:00.000Z'],
      ['rejected', '2019-06-01T10:00:00.000Z'],
    ],
    requestedCents: 2_000_000,
  },
  {
    title: 'Κατάρτιση: βραβεύτηκε την επόμενη χρονιά',
    lead: 'larissa',
    template: 'esf-plus',
    programme: 'esf-plus',
    history: [
      ['idea', '2019-05-01T10:00:00.000Z'],
      ['submitted', '2019-10-01T10:00:00.000Z'],
      ['awarded', '2019-12-31T22:30:00.000Z'],
    ],
    requestedCents: 3_000_000,
    awardedCents: 2_500_000,
  },
  {
    title: 'Δωρεά: υποβλήθηκε την προηγούμενη χρονιά',
    lead: 'athens',
    template: 'donor',
    programme: 'donor',
    history: [
      ['idea', '2018-06-01T10:00:00.000Z'],
      ['submitted', '2018-09-01T10:00:00.000Z'],
      ['awarded', '2019-02-01T10:00:00.000Z'],
    ],
    requestedCents: 500_000,
    awardedCents: 400_000,
  },
  { title: 'Ιδέα της χρονιάς', lead: 'piraeus', template: 'blank', programme: 'other', history: [['idea', '2019-07-01T10:00:00.000Z'], ['drafting', '2019-08-01T10:00:00.000Z']] },
  { title: 'Ιδέα της επόμενης χρονιάς', lead: 'piraeus', template: 'amif', programme: 'amif', history: [['idea', '2020-02-01T10:00:00.000Z']] },
  {
    title: 'Υποβλήθηκε και αποσύρθηκε',
    lead: 'athens',
    template: 'esf-plus',
    programme: 'esf-plus',
    history: [
      ['idea', '2019-02-01T10:00:00.000Z'],
      ['submitted', '2019-04-01T10:00:00.000Z'],
      ['withdrawn', '2019-05-01T10:00:00.000Z'],
    ],
    requestedCents: 100_000,
  },
];

// What the report should say, from the stories alone: each proposal counts in the year of each event.
const reachedInYear = (story: Story, status: string) => inYear(story.history.find(([reached]) => reached === status)?.[1]);
function expectedFigures(list: Story[]) {
  const submitted = list.filter((story) => reachedInYear(story, 'submitted'));
  const awarded = list.filter((story) => reachedInYear(story, 'awarded'));
  const rejected = list.filter((story) => reachedInYear(story, 'rejected'));
  const sum = (items: Story[], cents: (story: Story) => number | null | undefined) => items.reduce((total, story) => total + (cents(story) ?? 0), 0);
  return {
    submitted: submitted.length,
    awarded: awarded.length,
    rejected: rejected.length,
    successRate: awarded.length + rejected.length === 0 ? null : awarded.length / (awarded.length + rejected.length),
    requestedCents: sum(submitted, (story) => story.requestedCents),
    awardedCents: sum(awarded, (story) => story.awardedCents),
  };
}

const needRows: Array<{ category: string; createdAt: string }> = [
  { category: 'labour-market', createdAt: '2018-12-31T22:30:00.000Z' },
  { category: 'labour-market', createdAt: '2019-04-01T10:00:00.000Z' },
  { category: 'labour-market', createdAt: '2019-11-01T10:00:00.000Z' },
  { category: 'networking', createdAt: '2019-02-01T10:00:00.000Z' },
  { category: 'networking', createdAt: '2019-03-01T10:00:00.000Z' },
  { category: 'municipal-services', createdAt: '2019-05-01T10:00:00.000Z' },
  { category: 'labour-market', createdAt: '2019-12-31T22:30:00.000Z' },
  { category: 'networking', createdAt: '2018-12-31T21:30:00.000Z' },
];

const lessonRows: Array<{ sharing: SharingLevel; municipality: string | null; createdAt: string }> = [
  { sharing: 'network', municipality: null, createdAt: '2019-03-01T10:00:00.000Z' },
  { sharing: 'public', municipality: 'athens', createdAt: '2019-06-01T10:00:00.000Z' },
  { sharing: 'municipality', municipality: 'athens', createdAt: '2019-07-01T10:00:00.000Z' },
  { sharing: 'network', municipality: 'larissa', createdAt: '2020-01-15T10:00:00.000Z' },
];

const practiceDates = ['2019-01-20T10:00:00.000Z', '2019-10-20T10:00:00.000Z', '2020-01-20T10:00:00.000Z'];
const announcementDates = ['2019-04-01T10:00:00.000Z', '2020-04-01T10:00:00.000Z'];
const callDates = ['2019-03-01T10:00:00.000Z', '2019-08-01T10:00:00.000Z', '2020-01-05T10:00:00.000Z'];

describe('GET /api/reports/annual', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const { db } = server.handle;
    const idOf = new Map((await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities)).map((row) => [row.slug, row.id]));
    await insertProposalStories(db, stories);
    await db.insert(needs).values(
      needRows.map((row, index) => ({
        id: randomUUID(),
        municipalityId: idOf.get('athens')!,
        title: `Ανάγκη ${index}`,
        description: '',
        category: row.category,
        targetGroups: [],
        priority: 2,
        status: 'identified' as const,
        createdAt: row.createdAt,
        updatedAt: row.createdAt,
      })),
    );
    const callIds: string[] = [];
    for (const at of callDates) callIds.push(...(await insertTestCalls(db, [buildCallFields({ title: `Πρόσκληση ${at}` })], new Date(at))));
    await db.insert(announcements).values(announcementDates.map((createdAt, index) => ({ id: randomUUID(), callId: callIds[index]!, message: 'Ανακοίνωση', createdAt })));
    await db.insert(goodPractices).values(
      practiceDates.map((createdAt, index) => ({
        id: randomUUID(),
        title: `Καλή πρακτική ${index}`,
        municipalityId: idOf.get('larissa')!,
        summary: '',
        body: '',
        themes: [],
        contacts: [],
        links: [],
        searchTerms: '',
        createdAt,
        updatedAt: createdAt,
      })),
    );
    await db.insert(lessons).values(
      lessonRows.map((row, index) => ({
        id: randomUUID(),
        municipalityId: row.municipality ? idOf.get(row.municipality)! : null,
        title: `Μάθημα ${index}`,
        whatHappened: '',
        nextTime: '',
        programme: 'esf-plus' as const,
        themes: [],
        phase: 'budget' as const,
        sharing: row.sharing,
        searchTerms: '',
        createdAt: row.createdAt,
        updatedAt: row.createdAt,
      })),
    );
  });
  afterAll(() => server.close());

  it('gives the year’s numbers, each counted in the Athens year of its event', async () => {
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const response = await coordinator.get(`/api/reports/annual?year=${year}`);
    expect(response.status).toBe(200);
    const { submitted, awarded, rejected: _rejected, ...money } = expectedFigures(stories);
    const categories = needRows.filter((row) => inYear(row.createdAt)).map((row) => row.category);
    const topThemes = [...new Set(categories)]
      .map((theme) => ({ theme, needs: categories.filter((category) => category === theme).length }))
      .sort((a, b) => b.needs - a.needs || a.theme.localeCompare(b.theme));

    expect(response.body).toEqual({
      year,
      municipalities: 18,
      needsIdentified: categories.length,
      callsCollected: callDates.filter(inYear).length,
      officialAnnouncements: announcementDates.filter(inYear).length,
      proposalsStarted: stories.filter((story) => inYear(story.history[0]![1])).length,
      proposalsSubmitted: submitted,
      proposalsAwarded: awarded,
      ...money,
      byProgramme: programmes
        .map((programme) => ({ programme, ...expectedFigures(stories.filter((story) => story.programme === programme)) }))
        .filter((row) => row.submitted + row.awarded + row.rejected > 0),
      goodPractices: practiceDates.filter(inYear).length,
      lessonsShared: lessonRows.filter((row) => inYear(row.createdAt) && row.sharing !== 'municipality').length,
      topThemes,
    });
    // The stories are built so that each rule shows: these are the numbers worked out by hand.
    expect(response.body).toMatchObject({ proposalsStarted: 4, proposalsSubmitted: 4, proposalsAwarded: 2, successRate: 2 / 3, lessonsShared: 2 });
  });

  it('counts the same shared lessons for an officer who may read their municipality’s own', async () => {
    const athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    expect((await athens.get(`/api/reports/annual?year=${year}`)).body.lessonsShared).toBe(2);
    const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    expect((await liaison.get(`/api/reports/annual?year=${year}`)).status).toBe(200);
  });

  it('defaults to the current year in Athens, refuses a malformed year, and needs a session', async () => {
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const athensYear = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Athens', year: 'numeric' }).format(new Date()));
    expect((await coordinator.get('/api/reports/annual')).body.year).toBe(athensYear);
    const malformed = await coordinator.get('/api/reports/annual?year=twenty');
    expect(malformed.status).toBe(400);
    expectErrorShape(malformed.body);
    expect((await new ApiClient(server.url).get('/api/reports/annual')).status).toBe(401);
  });
});
