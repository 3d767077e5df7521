import { and, eq } from 'drizzle-orm';
import { athensDateOf, athensTimeToUtc } from '../dashboard/athens-calendar.ts';
import type { Database } from '../create-db.ts';
import { calls, memberships, users } from '../schema/index.ts';
import { createAnnouncement, type NewAnnouncement } from './create.ts';

const liaisonEmail = 'liaison@demo.cni.gr';
const weekMs = 7 * 86_400_000;

/** The call's deadline: six weeks after seeding, at 15:00 in Athens, so the demo always has a live announcement. */
function sixWeeksFrom(now: Date): string {
  const { year, month, day } = athensDateOf(new Date(now.getTime() + 6 * weekMs));
  return athensTimeToUtc(year, month, day, 15, 0).toISOString();
}

function demoAnnouncement(now: Date): NewAnnouncement {
  return {
    message:
      'Αγαπητοί συνάδελφοι, η Διεύθυνση Κοινωνικής Ένταξης σας ενημερώνει για τη νέα πρόσκληση του ΕΚΤ+ για την ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας. Οι δήμοι του Δικτύου που διαθέτουν Κέντρα Ένταξης Μεταναστών προτείνεται να εξετάσουν κοινή πρόταση. Για απορίες επικοινωνήστε μαζί μας έως δύο εβδομάδες πριν από τη λήξη.',
    targetMunicipalities: ['athens', 'thessaloniki', 'piraeus', 'larissa'],
    call: {
      title: 'ΕΚΤ+: Ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας μέσω των δήμων',
      summary:
        'Πρόσκληση του Προγράμματος «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή» (ΕΚΤ+ 2021-2027) προς τους δήμους για ολοκληρωμένες παρεμβάσεις απασχόλησης προσφύγων και μεταναστών: συμβουλευτική σταδιοδρομίας, μαθήματα ελληνικής γλώσσας με επαγγελματικό προσανατολισμό, κατάρτιση και σύνδεση με τοπικούς εργοδότες.',
      url: null,
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      programme: 'esf-plus',
      reference: null,
      openingDate: now.toISOString(),
      deadline: sixWeeksFrom(now),
      budgetCents: 1_200_000_000,
      currency: 'EUR',
      maxGrantCents: 150_000_000,
      cofinancingRate: 1,
      eligibleApplicants: ['municipalities'],
      themes: ['labour-market'],
      language: 'el',
    },
  };
}

/**
 * One ESF+ announcement from the demo liaison to four cities, made by the same verb as POST /api/announcements,
 * so the demo shows a real official call with its notifications. Matched by the call's title: seeding twice adds
 * nothing, and nothing happens without the demo liaison.
 */
export async function seedDemoAnnouncements(db: Database, now = new Date()): Promise<void> {
  const input = demoAnnouncement(now);
  const [existing] = await db.select({ id: calls.id }).from(calls).where(eq(calls.title, input.call.title)).limit(1);
  if (existing) return;
  const [liaison] = await db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, 'liaison')))
    .where(eq(users.email, liaisonEmail))
    .limit(1);
  if (!liaison) return;
  await createAnnouncement({ ctx: { db, actor: { ...liaison, role: 'liaison', municipalityId: null } }, input, now });
}
