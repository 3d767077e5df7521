import type { ManualCallFields } from '@cni/db';

function daysFrom(now: Date, days: number, hourUtc: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.toISOString();
}

/** Official calls announced by the ministry liaison, dated relative to the day the demo starts. */
export function demoManualCalls(now: Date): ManualCallFields[] {
  return [
    {
      title: 'Ενίσχυση των Κέντρων Ένταξης Μεταναστών (ΚΕΜ) των δήμων 2027',
      summary:
        'Η Διεύθυνση Κοινωνικής Ένταξης του Υπουργείου Μετανάστευσης και Ασύλου καλεί τους δήμους να υποβάλουν προτάσεις για τη συνέχιση και επέκταση των ΚΕΜ: στελέχωση, διαπολιτισμική μεσολάβηση, μαθήματα ελληνικής γλώσσας.',
      url: 'https://migration.gov.gr/',
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      programme: 'esf-plus',
      reference: 'ΥΜΑ-ΚΕΜ-2027',
      openingDate: daysFrom(now, -5, 7),
      deadline: daysFrom(now, 40, 12),
      budgetCents: 1_200_000_000,
      currency: 'EUR',
      maxGrantCents: 45_000_000,
      cofinancingRate: 1,
      eligibleApplicants: ['municipalities'],
      themes: ['municipal-services', 'labour-market'],
      language: 'el',
      official: true,
    },
    {
      title: 'Πρόγραμμα στέγασης και ένταξης αναγνωρισμένων δικαιούχων διεθνούς προστασίας',
      summary:
        'Ανακοίνωση επερχόμενης πρόσκλησης για δράσεις στέγασης, συμβουλευτικής απασχόλησης και μετάβασης από το ΕΣΤΙΑ σε αυτόνομη διαβίωση.',
      url: 'https://migration.gov.gr/',
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      programme: 'amif',
      reference: null,
      openingDate: daysFrom(now, 20, 7),
      deadline: daysFrom(now, 80, 12),
      budgetCents: 3_000_000_000,
      currency: 'EUR',
      maxGrantCents: null,
      cofinancingRate: 0.75,
      eligibleApplicants: ['municipalities', 'ngos'],
      themes: ['institutional-reform', 'labour-market'],
      language: 'el',
      official: true,
    },
  ];
}
