import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { municipalities, proposalPartners, proposalSections, proposalStatusChanges, proposalTemplates, proposals, users } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';

const demoProposals = [
  {
    title: 'Κέντρο Κοινότητας για την ένταξη: συμβουλευτική απασχόλησης και μαθήματα ελληνικών',
    template: 'esf-plus',
    lead: 'athens',
    partners: ['thessaloniki'],
    owner: 'officer.athens@demo.cni.gr',
    history: ['idea', 'drafting'] as const,
  },
  {
    title: 'Διαπολιτισμικοί μεσολαβητές στις δημοτικές υπηρεσίες του Πειραιά',
    template: 'amif',
    lead: 'piraeus',
    partners: [],
    owner: 'officer.piraeus@demo.cni.gr',
    history: ['idea'] as const,
  },
];

/** Two proposals to show the workspace with, matched by title so that seeding twice adds nothing. */
export async function seedDemoProposals(db: Database): Promise<void> {
  const existing = new Set((await db.select({ title: proposals.title }).from(proposals)).map((row) => row.title));
  const wanted = demoProposals.filter((proposal) => !existing.has(proposal.title));
  if (wanted.length === 0) return;
  const slugs = wanted.flatMap((proposal) => [proposal.lead, ...proposal.partners]);
  const municipalityIds = new Map(
    (await db.select({ id: municipalities.id, slug: municipalities.slug }).from(municipalities).where(inArray(municipalities.slug, slugs))).map((row) => [row.slug, row.id]),
  );
  const userIds = new Map(
    (await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, wanted.map((proposal) => proposal.owner)))).map((row) => [row.email, row.id]),
  );
  const templates = new Map((await db.select().from(proposalTemplates)).map((template) => [template.key, template]));
  const statements = [];
  for (const demo of wanted) {
    const leadMunicipalityId = municipalityIds.get(demo.lead);
    const template = templates.get(demo.template);
    if (!leadMunicipalityId || !template) continue;
    const id = randomUUID();
    const ownerUserId = userIds.get(demo.owner) ?? null;
    const status = demo.history[demo.history.length - 1]!;
    statements.push(db.insert(proposals).values({ id, title: demo.title, leadMunicipalityId, ownerUserId, templateKey: template.key, status }));
    for (const partner of demo.partners) {
      const municipalityId = municipalityIds.get(partner);
      if (municipalityId) statements.push(db.insert(proposalPartners).values({ proposalId: id, municipalityId }));
    }
    template.sections.forEach((section, position) => {
      statements.push(db.insert(proposalSections).values({ id: randomUUID(), proposalId: id, key: section.key, title: section.titleEl, position }));
    });
    demo.history.forEach((toStatus, index) => {
      const fromStatus = index === 0 ? null : demo.history[index - 1]!;
      statements.push(db.insert(proposalStatusChanges).values({ id: randomUUID(), proposalId: id, fromStatus, toStatus, userId: ownerUserId }));
    });
  }
  if (statements.length > 0) await writeBatch(db, statements);
}
