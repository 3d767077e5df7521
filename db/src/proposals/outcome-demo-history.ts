import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { demoLessons } from '../lessons/demo-lessons.data.ts';
import { lessonSearchTerms } from '../lessons/lesson-fields.ts';
import {
  goodPractices,
  lessons,
  municipalities,
  proposalOutcomes,
  proposalPartners,
  proposalSections,
  proposalStatusChanges,
  proposals,
  proposalTemplates,
  users,
} from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { pastProposals } from './outcome-demo-history.data.ts';

// Demo days are Athens days; mid-morning UTC is the same day, and the same quarter, in Athens.
const onDay = (day: string) => `${day}T09:00:00.000Z`;
const coordinatorEmail = 'coordinator@demo.cni.gr';
const officerEmail = (slug: string) => `officer.${slug}@demo.cni.gr`;

/**
 * Past proposals with their dated status changes, amounts and outcomes, and the lessons learnt from them.
 * Proposals and lessons are matched by title, so seeding twice adds nothing; a lesson links a demo good
 * practice only when one of that title is already there.
 */
export async function seedDemoHistory(db: Database): Promise<void> {
  const proposalIdByTitle = new Map((await db.select({ id: proposals.id, title: proposals.title }).from(proposals)).map((row) => [row.title, row.id]));
  const lessonTitles = new Set((await db.select({ title: lessons.title }).from(lessons)).map((row) => row.title));
  const wantedProposals = pastProposals.filter((past) => !proposalIdByTitle.has(past.title));
  const wantedLessons = demoLessons.filter((lesson) => !lessonTitles.has(lesson.title));
  if (wantedProposals.length === 0 && wantedLessons.length === 0) return;

  const municipalityIds = new Map((await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities)).map((row) => [row.slug, row.id]));
  const emails = [coordinatorEmail, ...[...municipalityIds.keys()].map(officerEmail)];
  const userIds = new Map((await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))).map((row) => [row.email, row.id]));
  const templates = new Map((await db.select().from(proposalTemplates)).map((template) => [template.key, template]));
  const practiceTitles = demoLessons.flatMap((lesson) => (lesson.goodPractice ? [lesson.goodPractice] : []));
  const practiceIds = new Map(
    (await db.select({ id: goodPractices.id, title: goodPractices.title }).from(goodPractices).where(inArray(goodPractices.title, practiceTitles))).map((row) => [row.title, row.id]),
  );

  const statements = [];
  for (const past of wantedProposals) {
    const leadMunicipalityId = municipalityIds.get(past.lead);
    const template = templates.get(past.template);
    if (!leadMunicipalityId || !template) continue;
    const id = randomUUID();
    const ownerUserId = userIds.get(officerEmail(past.lead)) ?? null;
    const [, startedOn] = past.history[0]!;
    const [status, decidedOn] = past.history[past.history.length - 1]!;
    statements.push(
      db.insert(proposals).values({
        id,
        title: past.title,
        leadMunicipalityId,
        ownerUserId,
        templateKey: template.key,
        status,
        deadline: past.deadline,
        requestedCents: past.requestedCents,
        awardedCents: past.awardedCents,
        createdAt: onDay(startedOn),
        updatedAt: onDay(decidedOn),
      }),
    );
    for (const partner of past.partners) {
      const municipalityId = municipalityIds.get(partner);
      if (municipalityId) statements.push(db.insert(proposalPartners).values({ proposalId: id, municipalityId }));
    }
    template.sections.forEach((section, position) => {
      statements.push(db.insert(proposalSections).values({ id: randomUUID(), proposalId: id, key: section.key, title: section.titleEl, position, updatedAt: onDay(startedOn) }));
    });
    past.history.forEach(([toStatus, day], index) => {
      const fromStatus = index === 0 ? null : past.history[index - 1]![0];
      statements.push(db.insert(proposalStatusChanges).values({ id: randomUUID(), proposalId: id, fromStatus, toStatus, userId: ownerUserId, at: onDay(day) }));
    });
    if (past.outcome) statements.push(db.insert(proposalOutcomes).values({ proposalId: id, ...past.outcome, recordedBy: ownerUserId, updatedAt: onDay(decidedOn) }));
    proposalIdByTitle.set(past.title, id);
  }

  const proposalIdByKey = new Map(pastProposals.flatMap((past) => (proposalIdByTitle.has(past.title) ? [[past.key, proposalIdByTitle.get(past.title)!] as const] : [])));
  for (const lesson of wantedLessons) {
    const municipalityId = lesson.municipality ? municipalityIds.get(lesson.municipality) : null;
    if (municipalityId === undefined) continue;
    statements.push(
      db.insert(lessons).values({
        id: randomUUID(),
        proposalId: lesson.proposal ? (proposalIdByKey.get(lesson.proposal) ?? null) : null,
        municipalityId,
        authorUserId: userIds.get(lesson.municipality ? officerEmail(lesson.municipality) : coordinatorEmail) ?? null,
        title: lesson.title,
        whatHappened: lesson.whatHappened,
        nextTime: lesson.nextTime,
        programme: lesson.programme,
        funder: lesson.funder,
        themes: lesson.themes,
        phase: lesson.phase,
        sharing: lesson.sharing,
        goodPracticeId: lesson.goodPractice ? (practiceIds.get(lesson.goodPractice) ?? null) : null,
        searchTerms: lessonSearchTerms(lesson),
        createdAt: onDay(lesson.writtenOn),
        updatedAt: onDay(lesson.writtenOn),
      }),
    );
  }
  if (statements.length > 0) await writeBatch(db, statements);
}
