import type { CallFields } from '@cni/db';

// Calls of every field, as on the EU portal and espa.gr: integration and migration are one field among many.
const fields: Array<{ el: string[]; en: string[] }> = [
  {
    el: ['Ένταξη προσφύγων στην αγορά εργασίας', 'Κέντρα Ένταξης Μεταναστών', 'Στέγαση μετά το πρόγραμμα ΕΣΤΙΑ', 'Διαπολιτισμική μεσολάβηση στις δημοτικές υπηρεσίες', 'Ψυχοκοινωνική υποστήριξη αιτούντων άσυλο', 'Εκπαίδευση ασυνόδευτων ανηλίκων'],
    en: ['Labour market integration of refugees', 'Migrant integration centres', 'Housing solutions for beneficiaries of international protection', 'Intercultural mediation in municipal services', 'Psychosocial support for asylum seekers', 'Education of unaccompanied minors'],
  },
  {
    el: ['Πρόληψη της έμφυλης βίας', 'Ισότητα των φύλων στην εργασία', 'Αθλητισμός και πολιτισμός κατά του ρατσισμού', 'Κοινωνική συνοχή στις γειτονιές'],
    en: ['Preventing gender-based violence', 'Gender equality at work', 'Sport and culture against racism', 'Social cohesion in neighbourhoods'],
  },
  {
    el: ['Ενεργειακή αναβάθμιση δημοτικών κτιρίων', 'Φωτοβολταϊκά σε σχολεία', 'Εξοικονόμηση ενέργειας στα νοικοκυριά', 'Ηλεκτροκίνηση δημοτικών στόλων'],
    en: ['Energy renovation of public buildings', 'Solar panels on schools', 'Energy efficiency for households', 'Electric municipal fleets'],
  },
  {
    el: ['Διαχείριση αποβλήτων και ανακύκλωση', 'Ύδρευση και αποχέτευση οικισμών', 'Αντιπλημμυρικά έργα', 'Προστασία δασών από πυρκαγιές'],
    en: ['Waste management and recycling', 'Water supply and sewage networks', 'Flood protection works', 'Forest fire prevention'],
  },
  {
    el: ['Ψηφιακός μετασχηματισμός δήμων', 'Έξυπνες πόλεις και αισθητήρες', 'Κυβερνοασφάλεια δημόσιων φορέων', 'Ψηφιακές δεξιότητες πολιτών'],
    en: ['Digital transformation of municipalities', 'Smart cities and sensors', 'Cybersecurity of public bodies', 'Digital skills for citizens'],
  },
  {
    el: ['Στήριξη μικρομεσαίων επιχειρήσεων', 'Νεανική επιχειρηματικότητα', 'Τουρισμός και πολιτιστική κληρονομιά', 'Αγροδιατροφή και τοπικά προϊόντα'],
    en: ['Support for small and medium enterprises', 'Youth entrepreneurship', 'Tourism and cultural heritage', 'Agri-food and local products'],
  },
  {
    el: ['Πρωτοβάθμια φροντίδα υγείας', 'Ψυχική υγεία παιδιών και εφήβων', 'Κατ’ οίκον φροντίδα ηλικιωμένων', 'Πρόληψη εξαρτήσεων'],
    en: ['Primary health care', 'Mental health of children and adolescents', 'Home care for older people', 'Addiction prevention'],
  },
  {
    el: ['Βιώσιμη αστική κινητικότητα', 'Ποδηλατόδρομοι και πεζοδρομήσεις', 'Οδική ασφάλεια', 'Δημόσιες συγκοινωνίες'],
    en: ['Sustainable urban mobility', 'Cycle lanes and pedestrian zones', 'Road safety', 'Public transport'],
  },
  {
    el: ['Έρευνα και καινοτομία στα πανεπιστήμια', 'Τεχνητή νοημοσύνη στη δημόσια διοίκηση', 'Κβαντικές τεχνολογίες', 'Θαλάσσια έρευνα'],
    en: ['Research and innovation in universities', 'Artificial intelligence in public administration', 'Quantum technologies', 'Marine research'],
  },
  {
    el: ['Σχολικές υποδομές', 'Δια βίου μάθηση ενηλίκων', 'Επαγγελματική κατάρτιση ανέργων', 'Προσχολική αγωγή'],
    en: ['School infrastructure', 'Lifelong learning for adults', 'Vocational training for the unemployed', 'Early childhood education'],
  },
];
const qualifiers = {
  el: ['πιλοτικές δράσεις', 'δεύτερος κύκλος', 'συμπληρωματική πρόσκληση', 'νησιωτικές περιοχές', 'ορεινοί δήμοι', 'μητροπολιτικές περιοχές', 'διασυνοριακή συνεργασία', 'τεχνική βοήθεια'],
  en: ['pilot actions', 'second round', 'top-up call', 'island regions', 'mountain areas', 'metropolitan areas', 'cross-border cooperation', 'technical assistance'],
};
const greekFiller = [
  'Η δράση χρηματοδοτεί δήμους και φορείς της κοινωνίας των πολιτών.', 'Προϋπολογισμός πρόσκλησης σύμφωνα με το Πρόγραμμα.',
  'Δικαιούχοι είναι οι Οργανισμοί Τοπικής Αυτοδιοίκησης.', 'Προτεραιότητα σε ευάλωτες ομάδες και νέους.',
  'Οι προτάσεις υποβάλλονται ηλεκτρονικά στο ΟΠΣ ΕΣΠΑ.', 'Η συγχρηματοδότηση καλύπτει το σύνολο της δαπάνης.',
];
const englishFiller = [
  'The action funds local and regional authorities and civil society.', 'Applications are submitted through the Funding and Tenders Portal.',
  'Priority is given to vulnerable groups, women and young people.', 'Co-financing covers up to 90% of eligible costs.',
  'Partnerships between cities and NGOs are encouraged.', 'Projects last between 24 and 36 months.',
];
const themes = ['municipal-services', 'institutional-reform', 'awareness-participation', 'networking', 'labour-market'];
const applicants = [['municipalities'], ['municipalities', 'ngos'], ['ngos'], ['regions', 'public-bodies'], []] as const;
const programmes = ['esf-plus', 'amif', 'cerv', 'national', 'donor', 'eea-grants'] as const;
const places = [
  'Αθήνα', 'Θεσσαλονίκη', 'Πειραιάς', 'Ηράκλειο', 'Λάρισα', 'Ιωάννινα', 'Πάτρα', 'Βόλος', 'Τρίκαλα', 'Καρδίτσα', 'Λέσβος', 'Χίος',
  'Σάμος', 'Κως', 'Ρόδος', 'Κρήτη', 'Ήπειρος', 'Θράκη', 'Athens', 'Thessaloniki', 'Crete', 'Lesvos', 'Attica', 'Epirus', 'Macedonia',
  'Europe', 'Mediterranean', 'Balkans', 'Aegean', 'Ionian',
];

/** A deterministic pseudo-random sequence, so every bench run searches the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * `count` calls in Greek and English across ten fields, integration among them; a fifth open, the rest
 * closed or forthcoming, as in a corpus that has collected calls for years.
 */
export function generateCalls(count: number, now: Date): CallFields[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const day = 86_400_000;
  return Array.from({ length: count }, (_, index) => {
    const greek = next() < 0.5;
    const deadline = new Date(now.getTime() + Math.floor((next() * 2 - 1.6) * 365) * day);
    const field = pick(fields);
    const language = greek ? 'el' : 'en';
    return {
      title: `${pick(field[language])}: ${pick(qualifiers[language])}, ${pick(places)} ${2021 + (index % 7)}`,
      summary: [pick(greek ? greekFiller : englishFiller), pick(field[language]), pick(greek ? greekFiller : englishFiller)].join(' '),
      url: `https://calls.example.org/${index}`,
      funder: pick(['European Commission', 'Υπουργείο Μετανάστευσης και Ασύλου', 'EEA Grants', 'Δήμος']),
      programme: pick(programmes),
      reference: `BENCH-${index}`,
      statusHint: null,
      withdrawn: false,
      openingDate: new Date(deadline.getTime() - 90 * day).toISOString(),
      deadline: deadline.toISOString(),
      budgetCents: Math.floor(next() * 10_000) * 100_000,
      currency: 'EUR',
      maxGrantCents: null,
      cofinancingRate: null,
      eligibleApplicants: [...pick(applicants)],
      themes: [pick(themes)],
      language: greek ? 'el' : 'en',
    };
  });
}

/** What officers type: Greek with and without accents or in capitals, English, two-word queries, words being typed. */
export const benchQueries = [
  'μεταναστών', 'μεταναστων', 'ΜΕΤΑΝΑΣΤΕΣ', 'πρόσφυγες', 'προσφυγων', 'refugees', 'refugee', 'housing', 'στέγαση', 'ΕΣΤΙΑ',
  'διαπολιτισμική μεσολάβηση', 'intercultural mediation', 'έμφυλη βία', 'gender-based violence', 'ασυνόδευτοι ανήλικοι',
  'unaccompanied minors', 'ρατσισμός', 'racism', 'αθλητισμός', 'sport', 'κατάρτιση προσωπικού', 'capacity building',
  'δικτύωση πόλεων', 'networks of cities', 'ψυχοκοινωνική', 'asylum seekers', 'ελληνικής γλώσσας', 'language courses',
  'κοινωνική συνοχή', 'social cohesion', 'ένταξη', 'integration', 'αγορά εργασίας', 'labour market', 'Θεσσαλονίκη',
  'Lesvos', 'Κρήτη', 'ΟΠΣ ΕΣΠΑ', 'Funding and Tenders', 'BENCH-4711', 'μετα', 'refu', 'στεγ', 'εκπαιδ', 'educ',
  'ένταξη προσφύγων Αθήνα', 'integration refugees Athens', 'νέους', 'women', 'co-financing',
];
