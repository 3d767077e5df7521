import type { ProposalStatus } from '../schema/index.ts';

export interface PastProposal {
  /** How the demo lessons name the proposal they were learnt from. */
  key: string;
  title: string;
  template: 'esf-plus' | 'amif' | 'donor' | 'blank';
  lead: string;
  partners: string[];
  /** Each status the proposal went through, with the day it moved there (YYYY-MM-DD, Athens). */
  history: Array<[ProposalStatus, string]>;
  deadline: string | null;
  requestedCents: number | null;
  awardedCents: number | null;
  outcome: { evaluatorScore: number | null; evaluatorMaxScore: number | null; feedback: string } | null;
}

/**
 * Proposals of member municipalities from 2023 to 2026 that have left the drafting table, with what came of
 * them: the history the dashboard, the annual report and the lessons draw on. The CERV one was written on the
 * blank template (there is no CERV template), so without a call it counts under "other" programmes.
 */
export const pastProposals: PastProposal[] = [
  {
    key: 'athens-kem-2023',
    title: 'Κέντρο Ένταξης Μεταναστών Αθήνας: στελέχωση και λειτουργία 2023–2025',
    template: 'esf-plus',
    lead: 'athens',
    partners: [],
    history: [['idea', '2022-11-14'], ['drafting', '2022-12-05'], ['review', '2023-02-20'], ['submitted', '2023-03-10'], ['awarded', '2023-07-18']],
    deadline: '2023-03-15T13:00:00.000Z',
    requestedCents: 48_000_000,
    awardedCents: 45_600_000,
    outcome: {
      evaluatorScore: 84,
      evaluatorMaxScore: 100,
      feedback:
        'Η πρόταση αξιολογήθηκε θετικά για την τεκμηρίωση των αναγκών και τη σύνδεση του ΚΕΜ με τις κοινωνικές υπηρεσίες του Δήμου. Το κόστος εξοπλισμού περικόπηκε κατά 5% ως μη επαρκώς αιτιολογημένο. Συστήνεται σαφέστερο σχέδιο βιωσιμότητας μετά τη λήξη της χρηματοδότησης.',
    },
  },
  {
    key: 'thessaloniki-kem-2023',
    title: 'ΚΕΜ Θεσσαλονίκης: συμβουλευτική απασχόλησης και διασύνδεση με εργοδότες',
    template: 'esf-plus',
    lead: 'thessaloniki',
    partners: [],
    history: [['idea', '2023-01-09'], ['drafting', '2023-01-30'], ['review', '2023-04-03'], ['submitted', '2023-04-21'], ['rejected', '2023-10-12']],
    deadline: '2023-04-28T13:00:00.000Z',
    requestedCents: 39_500_000,
    awardedCents: null,
    outcome: {
      evaluatorScore: 58,
      evaluatorMaxScore: 100,
      feedback:
        'Η πρόταση δεν συγκέντρωσε τη βάση των 65 μονάδων. Για δύο θέσεις του ΚΕΜ (σύμβουλος απασχόλησης, διαπολιτισμικός μεσολαβητής) δεν τεκμηριώθηκαν τα προσόντα και η εμπειρία που ορίζει η πρόσκληση. Ασαφής η μέτρηση των αποτελεσμάτων: λείπουν δείκτες εκροών και αποτελεσμάτων με τιμές-στόχους.',
    },
  },
  {
    key: 'larissa-mediation-2024',
    title: 'Διαπολιτισμική μεσολάβηση στις κοινωνικές υπηρεσίες του Δήμου Λαρισαίων',
    template: 'amif',
    lead: 'larissa',
    partners: [],
    history: [['idea', '2023-10-02'], ['drafting', '2023-10-23'], ['review', '2024-01-15'], ['submitted', '2024-02-01'], ['rejected', '2024-06-20']],
    deadline: '2024-02-05T13:00:00.000Z',
    requestedCents: 21_000_000,
    awardedCents: null,
    outcome: {
      evaluatorScore: 61,
      evaluatorMaxScore: 100,
      feedback:
        'Ο προϋπολογισμός περιλάμβανε δαπάνες μη επιλέξιμες στο ΤΑΜΕ (αγορά οχήματος, αμοιβές μόνιμου προσωπικού του Δήμου) και έμμεσες δαπάνες πάνω από το κατ’ αποκοπή ποσοστό 7%. Η ανάλυση της ομάδας-στόχου κρίθηκε επαρκής.',
    },
  },
  {
    key: 'ioannina-greek-2024',
    title: 'Μαθήματα ελληνικής γλώσσας και πολιτισμικού προσανατολισμού για δικαιούχους διεθνούς προστασίας',
    template: 'amif',
    lead: 'ioannina',
    partners: ['trikala'],
    history: [['idea', '2023-11-20'], ['drafting', '2023-12-11'], ['review', '2024-02-26'], ['submitted', '2024-03-14'], ['awarded', '2024-09-05']],
    deadline: '2024-03-20T13:00:00.000Z',
    requestedCents: 18_500_000,
    awardedCents: 18_500_000,
    outcome: {
      evaluatorScore: 79,
      evaluatorMaxScore: 100,
      feedback:
        'Καλή σύνδεση με τις ανάγκες που κατέγραψε ο Δήμος και ρεαλιστικό χρονοδιάγραμμα. Η συνεργασία με τον Δήμο Τρικκαίων τεκμηριώθηκε με υπογεγραμμένο μνημόνιο που κατανέμει ρόλους και προϋπολογισμό.',
    },
  },
  {
    key: 'piraeus-housing-2024',
    title: 'Στέγαση και αυτονόμηση οικογενειών προσφύγων μετά την έξοδο από το ΕΣΤΙΑ',
    template: 'donor',
    lead: 'piraeus',
    partners: [],
    history: [['idea', '2024-02-05'], ['drafting', '2024-02-19'], ['review', '2024-03-25'], ['submitted', '2024-04-08'], ['awarded', '2024-06-27']],
    deadline: '2024-04-12T13:00:00.000Z',
    requestedCents: 12_000_000,
    awardedCents: 9_500_000,
    outcome: {
      evaluatorScore: null,
      evaluatorMaxScore: null,
      feedback:
        'Το ίδρυμα χρηματοδότησε το σκέλος της στέγασης για 12 αντί για 18 μήνες και ζήτησε τριμηνιαίες αναφορές προόδου με ποσοτικούς δείκτες (μισθώσεις, απασχόληση των ενηλίκων).',
    },
  },
  {
    key: 'athens-cerv-2024',
    title: 'Πόλεις χωρίς ρατσισμό: εκστρατεία ευαισθητοποίησης και συμμετοχής νέων (CERV)',
    template: 'blank',
    lead: 'athens',
    partners: ['thessaloniki', 'ioannina'],
    history: [['idea', '2024-06-03'], ['drafting', '2024-06-24'], ['review', '2024-09-02'], ['submitted', '2024-09-19'], ['rejected', '2025-02-11']],
    deadline: '2024-09-24T15:00:00.000Z',
    requestedCents: 25_000_000,
    awardedCents: null,
    outcome: {
      evaluatorScore: 62,
      evaluatorMaxScore: 100,
      feedback:
        'Οι ρόλοι των εταίρων δεν ήταν σαφώς κατανεμημένοι και η συμφωνία εταιρικής σχέσης δεν είχε υπογραφεί από όλους κατά την υποβολή. Η ευρωπαϊκή προστιθέμενη αξία κρίθηκε αδύναμα τεκμηριωμένη.',
    },
  },
  {
    key: 'thessaloniki-kem-2025',
    title: 'ΚΕΜ Θεσσαλονίκης: συνέχιση λειτουργίας και ενίσχυση στελέχωσης 2025–2027',
    template: 'esf-plus',
    lead: 'thessaloniki',
    partners: [],
    history: [['idea', '2024-10-07'], ['drafting', '2024-11-04'], ['review', '2025-01-20'], ['submitted', '2025-02-14'], ['awarded', '2025-06-30']],
    deadline: '2025-02-20T13:00:00.000Z',
    requestedCents: 52_000_000,
    awardedCents: 50_400_000,
    outcome: {
      evaluatorScore: 88,
      evaluatorMaxScore: 100,
      feedback:
        'Σημαντική βελτίωση σε σχέση με την προηγούμενη υποβολή: τεκμηρίωση προσόντων για κάθε θέση, σαφείς δείκτες με τιμές-στόχους και σχέδιο διασύνδεσης με την αγορά εργασίας.',
    },
  },
  {
    key: 'larissa-kem-2025',
    title: 'Ίδρυση Κέντρου Ένταξης Μεταναστών στον Δήμο Λαρισαίων',
    template: 'esf-plus',
    lead: 'larissa',
    partners: [],
    history: [['idea', '2025-01-13'], ['drafting', '2025-02-03'], ['review', '2025-03-24'], ['withdrawn', '2025-04-07']],
    deadline: '2025-04-15T13:00:00.000Z',
    requestedCents: null,
    awardedCents: null,
    outcome: {
      evaluatorScore: null,
      evaluatorMaxScore: null,
      feedback:
        'Η πρόταση αποσύρθηκε πριν την υποβολή: δεν εξασφαλίστηκε εγκαίρως απόφαση του δημοτικού συμβουλίου για την ίδια συμμετοχή και για τη διάθεση χώρου για το ΚΕΜ.',
    },
  },
  {
    key: 'heraklion-minors-2025',
    title: 'Υποστήριξη ασυνόδευτων ανηλίκων στη μετάβαση στην ενηλικίωση',
    template: 'amif',
    lead: 'heraklion',
    partners: ['chania'],
    history: [['idea', '2025-05-05'], ['drafting', '2025-05-26'], ['review', '2025-09-01'], ['submitted', '2025-09-30'], ['awarded', '2026-02-12']],
    deadline: '2025-10-03T13:00:00.000Z',
    requestedCents: 30_000_000,
    awardedCents: 27_000_000,
    outcome: {
      evaluatorScore: 76,
      evaluatorMaxScore: 100,
      feedback:
        'Ισχυρή τεκμηρίωση της ανάγκης και καλή συνεργασία με τις δομές φιλοξενίας. Ο προϋπολογισμός μειώθηκε κατά 10% λόγω επικάλυψης με υπάρχουσες δράσεις της Περιφέρειας.',
    },
  },
  {
    key: 'karditsa-agrifood-2026',
    title: 'Απασχόληση προσφύγων στον αγροδιατροφικό τομέα της Καρδίτσας',
    template: 'donor',
    lead: 'karditsa',
    partners: [],
    history: [['idea', '2025-12-01'], ['drafting', '2026-01-12'], ['review', '2026-02-16'], ['submitted', '2026-03-02'], ['rejected', '2026-05-20']],
    deadline: '2026-03-06T13:00:00.000Z',
    requestedCents: 8_000_000,
    awardedCents: null,
    outcome: {
      evaluatorScore: null,
      evaluatorMaxScore: null,
      feedback: 'Το ίδρυμα ζητούσε 20% ίδια συμμετοχή του φορέα· η πρόταση πρόσφερε 10%, χωρίς αποτίμηση της συμμετοχής σε είδος.',
    },
  },
  {
    key: 'athens-kem-2026',
    title: 'ΚΕΜ Αθήνας 2026–2028: συνέχιση και επέκταση σε δύο γειτονιές',
    template: 'esf-plus',
    lead: 'athens',
    partners: [],
    history: [['idea', '2025-12-15'], ['drafting', '2026-01-19'], ['review', '2026-03-23'], ['submitted', '2026-04-09'], ['awarded', '2026-10-08']],
    deadline: '2026-04-15T13:00:00.000Z',
    requestedCents: 61_000_000,
    awardedCents: 61_000_000,
    outcome: {
      evaluatorScore: 91,
      evaluatorMaxScore: 100,
      feedback: 'Άριστη τεκμηρίωση της στελέχωσης και των αποτελεσμάτων της προηγούμενης περιόδου. Εγκρίθηκε στο σύνολο του αιτούμενου ποσού.',
    },
  },
  {
    key: 'piraeus-one-stop-2026',
    title: 'Ενιαίο σημείο εξυπηρέτησης μεταναστών στο Δημαρχείο Πειραιά',
    template: 'amif',
    lead: 'piraeus',
    partners: [],
    history: [['idea', '2026-06-01'], ['drafting', '2026-06-22'], ['review', '2026-08-31'], ['submitted', '2026-09-15']],
    deadline: '2026-09-18T13:00:00.000Z',
    requestedCents: 26_000_000,
    awardedCents: null,
    outcome: null,
  },
];
