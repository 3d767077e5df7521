import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { listAuditEntries } from '../audit/list.ts';
import type { CallFields } from '../calls/call-fields.ts';
import { applyIngestPlan, type CollectedItem } from '../calls/ingest.ts';
import type { Database } from '../create-db.ts';
import { municipalities, needs, notifications, sources } from '../schema/index.ts';
import { seedReferenceData } from '../seed/seed.ts';
import { buildCallFields } from '../testing/factories.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { createUser } from '../users/create.ts';
import { listNeedMatches } from './list-need-matches.ts';
import { forgetMatchingState } from './matching-state.ts';
import { rematchAll } from './rematch-all.ts';
import { rematchCalls } from './rematch-calls.ts';
import { rematchNeeds } from './rematch-needs.ts';
import { setMatchFeedback } from './set-feedback.ts';

const now = new Date('2026-11-26T10:00:00.000Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

interface World {
  db: Database;
  sourceId: string;
  athens: string;
  larissa: string;
  officer: Actor;
}

async function createWorld(handle: TempDb): Promise<World> {
  const db = handle.db;
  await seedReferenceData(db);
  const rows = await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities);
  const idOf = (slug: string) => rows.find((row) => row.slug === slug)!.id;
  const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
  const athens = idOf('athens');
  const email = 'officer@athens.test';
  const userId = await createUser({ db, actor: null }, { email, name: 'Officer', passwordHash: 'x', role: 'officer', municipalityId: athens });
  await createUser({ db, actor: null }, { email: 'officer@larissa.test', name: 'Other', passwordHash: 'x', role: 'officer', municipalityId: idOf('larissa') });
  return { db, sourceId: source!.id, athens, larissa: idOf('larissa'), officer: { userId, email, role: 'officer', municipalityId: athens } };
}

let itemCounter = 0;

function collected(id: string, overrides: Partial<CallFields>): CollectedItem {
  return { callId: id, itemKey: id, url: null, contentHash: String(itemCounter++), fields: buildCallFields({ url: null, reference: null, ...overrides }) };
}

async function addCalls(world: World, calls: Record<string, Partial<CallFields>>): Promise<string[]> {
  const creates = Object.entries(calls).map(([id, fields]) => collected(id, fields));
  await applyIngestPlan({ db: world.db, sourceId: world.sourceId, plan: { creates, links: [], updates: [] }, now });
  return Object.keys(calls);
}

async function changeCall(world: World, id: string, fields: Partial<CallFields>): Promise<void> {
  await applyIngestPlan({ db: world.db, sourceId: world.sourceId, plan: { creates: [], links: [], updates: [collected(id, fields)] }, now });
}

async function addNeed(world: World, municipalityId: string, fields: { title: string; description?: string; category: string; estimatedBudgetCents?: number | null }) {
  const id = randomUUID();
  await world.db.insert(needs).values({
    id,
    municipalityId,
    title: fields.title,
    description: fields.description ?? '',
    category: fields.category,
    targetGroups: [],
    priority: 1,
    estimatedBudgetCents: fields.estimatedBudgetCents ?? null,
    status: 'identified',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  return id;
}

async function storedMatches(db: Database) {
  const result = await db.$client.execute('SELECT need_id, call_id, score, reasons FROM matches ORDER BY need_id, score DESC, call_id');
  return result.rows.map((row) => ({ needId: row.need_id, callId: row.call_id, score: Number(row.score), reasons: JSON.parse(String(row.reasons)) }));
}

const open = { openingDate: inDays(-5), deadline: inDays(40), eligibleApplicants: ['municipalities' as const] };

/** Calls of several kinds and languages around the needs of the tests. */
const corpus: Record<string, Partial<CallFields>> = {
  'labour-en': { ...open, title: 'Labour market integration of refugees', summary: 'Job counselling and training.', themes: ['labour-market'], programme: 'esf-plus' },
  'labour-el': { ...open, title: 'Απασχόληση προσφύγων σε δήμους', summary: 'Κατάρτιση και συμβουλευτική.', themes: ['labour-market'], programme: 'amif', language: 'el' },
  'labour-closed': { ...open, deadline: inDays(-2), title: 'Employment of refugees', summary: 'Training.', themes: ['labour-market'] },
  'labour-ngos': { ...open, eligibleApplicants: ['ngos'], title: 'Refugee employment by NGOs', summary: 'Training.', themes: ['labour-market'] },
  housing: { ...open, title: 'Housing for refugees leaving ESTIA', summary: 'Rent subsidies.', themes: ['institutional-reform'], programme: 'amif' },
  'housing-el': { ...open, title: 'Στέγαση μετά το ΕΣΤΙΑ', summary: 'Επιδότηση ενοικίου.', themes: ['institutional-reform'], language: 'el' },
  mediation: { ...open, title: 'Intercultural mediation in municipal services', summary: 'Mediators.', themes: ['municipal-services'], programme: 'amif' },
  sport: { ...open, title: 'Sport against racism', summary: 'Tournaments.', themes: ['awareness-participation'], programme: 'cerv' },
  solar: { ...open, title: 'Solar panels on schools', summary: 'Energy.', themes: [], programme: 'national' },
  roads: { ...open, title: 'Road safety', summary: 'Crossings.', themes: [], programme: 'national' },
  forthcoming: { openingDate: inDays(20), deadline: inDays(90), title: 'Vocational training for refugees', summary: 'Skills.', themes: ['labour-market'], programme: 'esf-plus' },
};

describe('rematching', () => {
  let handle: TempDb;
  let world: World;
  beforeEach(async () => {
    handle = await createTempDb();
    world = await createWorld(handle);
    await addCalls(world, corpus);
  });
  afterEach(() => handle.destroy());

  it('ranks an eligible open call on the need’s theme first and keeps closed and ineligible calls below', async () => {
    const needId = await addNeed(world, world.athens, { title: 'Ένταξη προσφύγων στην αγορά εργασίας', category: 'labour-market', estimatedBudgetCents: 30_000_000 });
    await rematchAll({ db: world.db, now });
    const list = await listNeedMatches({ ctx: { db: world.db, actor: world.officer }, needId, now });
    const ids = list.map((match) => match.call.id);
    expect(ids[0]).toBe('labour-en');
    expect(ids.indexOf('labour-closed')).toBeGreaterThan(ids.indexOf('labour-el'));
    expect(ids.indexOf('labour-ngos')).toBeGreaterThan(ids.indexOf('forthcoming'));
    expect(ids).not.toContain('solar');
    expect(list[0]!.reasons).toEqual(expect.arrayContaining(['eligible: municipalities', 'deadline in 40 days']));
    expect(list[0]!.reasons.some((reason) => reason.startsWith('words: '))).toBe(true);
  });

  it('gives for changed needs what a full recompute gives', async () => {
    const first = await addNeed(world, world.athens, { title: 'Στέγαση προσφύγων μετά το ΕΣΤΙΑ', category: 'institutional-reform' });
    await addNeed(world, world.larissa, { title: 'Διαπολιτισμικοί μεσολαβητές', category: 'municipal-services' });
    await rematchAll({ db: world.db, now });

    await world.db.update(needs).set({ title: 'Απασχόληση προσφύγων', category: 'labour-market', updatedAt: inDays(0.01) }).where(eq(needs.id, first));
    const added = await addNeed(world, world.larissa, { title: 'Αθλητισμός κατά του ρατσισμού', category: 'awareness-participation' });
    await rematchNeeds({ db: world.db, needIds: [first, added], now });
    const incremental = await storedMatches(world.db);

    forgetMatchingState(world.db);
    await rematchAll({ db: world.db, now });
    expect(incremental).toEqual(await storedMatches(world.db));
    expect(incremental.some((row) => row.needId === added && row.callId === 'sport')).toBe(true);
    expect(incremental.find((row) => row.needId === first)?.callId).toBe('labour-el');
  });

  it('gives for new and changed calls what a full recompute gives, up to the rarity the new words take from others', async () => {
    await addNeed(world, world.athens, { title: 'Ένταξη προσφύγων στην αγορά εργασίας', category: 'labour-market', estimatedBudgetCents: 30_000_000 });
    await addNeed(world, world.larissa, { title: 'Στέγαση προσφύγων μετά το ΕΣΤΙΑ', category: 'institutional-reform' });
    await rematchAll({ db: world.db, now });

    const added = await addCalls(world, {
      'labour-new': { ...open, title: 'Refugees into work: labour market integration', summary: 'Mentoring.', themes: ['labour-market'] },
      'housing-new': { ...open, title: 'Housing first for refugees', summary: 'Apartments.', themes: ['institutional-reform'] },
    });
    await changeCall(world, 'labour-en', { ...corpus['labour-en'], deadline: inDays(-1) });
    await changeCall(world, 'labour-ngos', { ...corpus['labour-ngos'], eligibleApplicants: ['municipalities'] });
    await rematchCalls({ db: world.db, callIds: [...added, 'labour-en', 'labour-ngos'], now });
    const incremental = await storedMatches(world.db);

    forgetMatchingState(world.db);
    await rematchAll({ db: world.db, now });
    const full = await storedMatches(world.db);
    // The same pairs; the scores of pairs whose call did not change differ only by the rarity their words lost.
    const pair = (row: { needId: unknown; callId: unknown }) => `${row.needId} ${row.callId}`;
    expect(incremental.map(pair).sort()).toEqual(full.map(pair).sort());
    for (const row of incremental) expect(Math.abs(row.score - full.find((other) => pair(other) === pair(row))!.score)).toBeLessThan(0.02);
    const changed = incremental.filter((row) => ['labour-new', 'labour-en', 'labour-ngos'].includes(String(row.callId)));
    for (const row of changed) expect(row).toEqual(full.find((other) => other.needId === row.needId && other.callId === row.callId));
  });

  it('matches changed calls the same when the process starts without a cached pool', async () => {
    await addNeed(world, world.athens, { title: 'Ένταξη προσφύγων στην αγορά εργασίας', category: 'labour-market' });
    await rematchAll({ db: world.db, now });
    await changeCall(world, 'labour-el', { ...corpus['labour-el'], deadline: inDays(-3) });
    forgetMatchingState(world.db);
    await rematchCalls({ db: world.db, callIds: ['labour-el'], now });
    const incremental = await storedMatches(world.db);
    await rematchAll({ db: world.db, now });
    expect(incremental).toEqual(await storedMatches(world.db));
  });

  it('tells the officers of the need’s municipality once about a call entering its top ten, not on the first recompute', async () => {
    const needId = await addNeed(world, world.athens, { title: 'Ένταξη προσφύγων στην αγορά εργασίας', category: 'labour-market' });
    await rematchAll({ db: world.db, now });
    expect(await world.db.select().from(notifications)).toEqual([]);

    await addCalls(world, { 'labour-new': { ...open, title: 'Labour market integration of refugees, second round', summary: 'Jobs.', themes: ['labour-market'], programme: 'esf-plus' } });
    await rematchCalls({ db: world.db, callIds: ['labour-new'], now });
    await rematchCalls({ db: world.db, callIds: ['labour-new'], now });
    await rematchAll({ db: world.db, now });

    const sent = await world.db.select().from(notifications);
    expect(sent).toEqual([
      expect.objectContaining({
        userId: world.officer.userId,
        kind: 'new-match',
        link: `/needs/${needId}`,
        dedupeKey: `match:${needId}:labour-new`,
        title: expect.stringContaining('Labour market integration of refugees, second round'),
      }),
    ]);
  });

  it('sinks a call marked not relevant and lowers the other calls of its programme for that need', async () => {
    const needId = await addNeed(world, world.athens, { title: 'Ένταξη προσφύγων στην αγορά εργασίας', category: 'labour-market' });
    await rematchAll({ db: world.db, now });
    const ctx = { db: world.db, actor: world.officer };
    const before = await listNeedMatches({ ctx, needId, now });
    const top = before[0]!;
    const sameProgramme = before.find((match) => match.call.id !== top.call.id && match.call.programme === top.call.programme)!;

    expect(await setMatchFeedback({ ctx, needId, callId: top.call.id, verdict: 'not-relevant', now })).toEqual({ needId, callId: top.call.id, verdict: 'not-relevant' });
    // Read before the recompute: the verdict already shows and the call already goes last.
    const right = await listNeedMatches({ ctx, needId, now });
    expect(right.at(-1)).toMatchObject({ call: { id: top.call.id }, feedback: 'not-relevant' });

    await rematchNeeds({ db: world.db, needIds: [needId], now });
    const after = await listNeedMatches({ ctx, needId, now });
    expect(after.at(-1)).toMatchObject({ call: { id: top.call.id }, score: 0, feedback: 'not-relevant' });
    expect(after.at(-1)!.reasons).toContain('marked not relevant');
    const sibling = after.find((match) => match.call.id === sameProgramme.call.id)!;
    expect(sibling.score).toBeLessThan(sameProgramme.score);
    expect(sibling.details).toContainEqual({ kind: 'feedback', verdict: 'not-relevant', via: 'programme' });

    const [entry] = await listAuditEntries({ db: world.db, entityId: needId });
    expect(entry).toMatchObject({ action: 'match.feedback', actorEmail: world.officer.email, details: { callId: top.call.id, verdict: 'not-relevant' } });

    await setMatchFeedback({ ctx, needId, callId: top.call.id, verdict: null, now });
    await rematchNeeds({ db: world.db, needIds: [needId], now });
    expect((await listNeedMatches({ ctx, needId, now }))[0]).toMatchObject({ call: { id: top.call.id }, feedback: null });
  });

  it('answers "not found" for another municipality’s need', async () => {
    const needId = await addNeed(world, world.larissa, { title: 'Στέγαση', category: 'institutional-reform' });
    await expect(listNeedMatches({ ctx: { db: world.db, actor: world.officer }, needId, now })).rejects.toThrow('Need not found.');
    await expect(setMatchFeedback({ ctx: { db: world.db, actor: world.officer }, needId, callId: 'housing', verdict: 'relevant', now })).rejects.toThrow(
      'Need not found.',
    );
  });
});
