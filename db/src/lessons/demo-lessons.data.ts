import type { LessonPhase, Programme, SharingLevel } from '../schema/index.ts';

export interface DemoLesson {
  /** The past proposal it was learnt from (`pastProposals[].key`), or null for a lesson of the whole network. */
  proposal: string | null;
  /** Whose experience it is; null: the coordination team's, for the network. */
  municipality: string | null;
  title: string;
  whatHappened: string;
  nextTime: string;
  programme: Programme;
  funder: string | null;
  themes: string[];
  phase: LessonPhase;
  sharing: SharingLevel;
  /** The day it was written (YYYY-MM-DD). */
  writtenOn: string;
  /** The title of a demo good practice it points to, linked only if that practice exists. */
  goodPractice?: string;
}

/** What member municipalities learnt from the past proposals: every phase, every sharing level, ESF+ the most. */
export const demoLessons: DemoLesson[] = [
  {
    proposal: 'athens-kem-2023',
    municipality: 'athens',
    title: 'ΚΕΜ: τα προσόντα κάθε θέσης τεκμηριώνονται με έγγραφα ήδη στην υποβολή',
    whatHappened:
      'Στην πρόταση για τη στελέχωση του Κέντρου Ένταξης Μεταναστών περιγράψαμε τις θέσεις (κοινωνικός λειτουργός, ψυχολόγος, διαπολιτισμικός μεσολαβητής) αλλά όχι τα τυπικά προσόντα τους. Η αξιολόγηση ζήτησε διευκρινίσεις και χάσαμε δύο εβδομάδες μέχρι να συγκεντρώσουμε πτυχία και βεβαιώσεις εμπειρίας.',
    nextTime:
      'Πίνακας στελέχωσης με τα προσόντα και την εμπειρία κάθε θέσης όπως τα ορίζει η πρόσκληση, και φάκελος δικαιολογητικών έτοιμος πριν ανοίξει η υποβολή στο ΟΠΣ ΕΣΠΑ.',
    programme: 'esf-plus',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['municipal-services'],
    phase: 'eligibility',
    sharing: 'network',
    writtenOn: '2023-08-02',
    goodPractice: 'Κέντρο Ένταξης Μεταναστών ως υπηρεσία μιας στάσης',
  },
  {
    proposal: 'athens-kem-2023',
    municipality: 'athens',
    title: 'ΚΕΜ Αθήνας: οι προσλήψεις καθυστέρησαν την έναρξη κατά τέσσερις μήνες',
    whatHappened:
      'Η έγκριση ήρθε τον Ιούλιο, αλλά οι συμβάσεις του προσωπικού του ΚΕΜ υπογράφηκαν τον Νοέμβριο, μετά την έγκριση των προσλήψεων από το ΑΣΕΠ. Τέσσερις μήνες επιλέξιμων δαπανών δεν αξιοποιήθηκαν.',
    nextTime: 'Ζητάμε την έγκριση προσλήψεων παράλληλα με την υποβολή και προβλέπουμε στο χρονοδιάγραμμα έξι μήνες για τη στελέχωση.',
    programme: 'esf-plus',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['municipal-services'],
    phase: 'implementation',
    sharing: 'municipality',
    writtenOn: '2023-12-11',
  },
  {
    proposal: 'thessaloniki-kem-2023',
    municipality: 'thessaloniki',
    title: 'Απόρριψη ΚΕΜ 2023: σύμβουλοι απασχόλησης χωρίς την απαιτούμενη εμπειρία',
    whatHappened:
      'Η πρόταση για συμβουλευτική απασχόλησης μεταναστών και προσφύγων απορρίφθηκε με 58/100. Δύο θέσεις δεν κάλυπταν την ελάχιστη διετή εμπειρία σε προγράμματα ένταξης που ζητούσε η πρόσκληση του ΕΚΤ+, και οι δείκτες αποτελεσμάτων δεν είχαν τιμές-στόχους.',
    nextTime:
      'Διαβάζουμε τους όρους επιλεξιμότητας γραμμή προς γραμμή μαζί με το τμήμα προσωπικού και ορίζουμε από την αρχή δείκτες εκροών και αποτελεσμάτων (ωφελούμενοι, τοποθετήσεις σε θέσεις εργασίας). Με αυτές τις αλλαγές η επόμενη πρόταση πήρε 88/100.',
    programme: 'esf-plus',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['labour-market', 'municipal-services'],
    phase: 'eligibility',
    sharing: 'public',
    writtenOn: '2023-10-30',
  },
  {
    proposal: 'thessaloniki-kem-2025',
    municipality: 'thessaloniki',
    title: 'Η προετοιμασία του ΚΕΜ ξεκινά τέσσερις μήνες πριν την προθεσμία',
    whatHappened:
      'Για τη συνέχιση του ΚΕΜ 2025–2027 ορίσαμε ομάδα έργου από τον Οκτώβριο, με εκπρόσωπο των οικονομικών υπηρεσιών. Οι αποφάσεις του δημοτικού συμβουλίου και της οικονομικής επιτροπής ήταν έτοιμες πριν ανοίξει η πρόσκληση.',
    nextTime: 'Χρονοδιάγραμμα αντίστροφα από την προθεσμία: αποφάσεις οργάνων, βεβαιώσεις, προϋπολογισμός, κείμενα, με έναν υπεύθυνο για κάθε παραδοτέο.',
    programme: 'esf-plus',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['municipal-services'],
    phase: 'preparation',
    sharing: 'network',
    writtenOn: '2025-07-14',
  },
  {
    proposal: 'larissa-mediation-2024',
    municipality: 'larissa',
    title: 'ΤΑΜΕ: μη επιλέξιμες δαπάνες και όριο έμμεσων δαπανών 7%',
    whatHappened:
      'Στον προϋπολογισμό της διαπολιτισμικής μεσολάβησης βάλαμε αγορά οχήματος και αμοιβές μόνιμων υπαλλήλων του Δήμου. Και τα δύο είναι μη επιλέξιμα στο Ταμείο Ασύλου, Μετανάστευσης και Ένταξης, και οι έμμεσες δαπάνες ξεπέρασαν το κατ’ αποκοπή 7%.',
    nextTime:
      'Ελέγχουμε κάθε γραμμή του προϋπολογισμού με τον οδηγό επιλεξιμότητας δαπανών του ΤΑΜΕ και υπολογίζουμε τις έμμεσες δαπάνες ως 7% των άμεσων, όχι ως χωριστές γραμμές.',
    programme: 'amif',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['municipal-services'],
    phase: 'budget',
    sharing: 'network',
    writtenOn: '2024-07-03',
    goodPractice: 'Διαπολιτισμικοί μεσολαβητές στις δημοτικές υπηρεσίες',
  },
  {
    proposal: 'larissa-mediation-2024',
    municipality: 'larissa',
    title: 'Η Διεύθυνση Οικονομικών υπογράφει τον προϋπολογισμό πριν την υποβολή',
    whatHappened:
      'Ο προϋπολογισμός της πρότασης ΤΑΜΕ συντάχθηκε χωρίς τη Διεύθυνση Οικονομικών Υπηρεσιών· τα ωριαία κόστη δεν αντιστοιχούσαν στα μισθολογικά κλιμάκια του Δήμου και χρειάστηκε διόρθωση στη φάση των διευκρινίσεων.',
    nextTime: 'Υπογραφή της Διεύθυνσης Οικονομικών στον προϋπολογισμό πριν την υποβολή, με τα ισχύοντα μισθολογικά κλιμάκια.',
    programme: 'amif',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: [],
    phase: 'budget',
    sharing: 'municipality',
    writtenOn: '2024-07-05',
  },
  {
    proposal: 'athens-cerv-2024',
    municipality: 'athens',
    title: 'CERV: η συμφωνία εταιρικής σχέσης υπογράφεται πριν την υποβολή',
    whatHappened:
      'Στην πρόταση CERV με Θεσσαλονίκη και Ιωάννινα οι ρόλοι των εταίρων περιγράφονταν γενικά και η συμφωνία εταιρικής σχέσης δεν είχε υπογραφεί από όλους. Οι αξιολογητές το σημείωσαν ως αδυναμία στη διαχείριση του έργου.',
    nextTime:
      'Μνημόνιο συνεργασίας με πακέτα εργασίας, ποσά και παραδοτέα ανά εταίρο, υπογεγραμμένο από τους νόμιμους εκπροσώπους δύο εβδομάδες πριν την προθεσμία. Για τις αποφάσεις των δημοτικών συμβουλίων των εταίρων υπολογίζουμε έναν μήνα.',
    programme: 'cerv',
    funder: 'European Commission',
    themes: ['awareness-participation', 'networking'],
    phase: 'partnership',
    sharing: 'network',
    writtenOn: '2025-02-25',
  },
  {
    proposal: 'athens-cerv-2024',
    municipality: 'athens',
    title: 'Funding & Tenders Portal: ο ρόλος LEAR του Δήμου ελέγχεται νωρίς',
    whatHappened:
      'Την ημέρα της υποβολής στο Funding & Tenders Portal διαπιστώσαμε ότι ο λογαριασμός EU Login του νόμιμου εκπροσώπου δεν είχε τον ρόλο LEAR. Η πρόταση υποβλήθηκε δύο ώρες πριν την προθεσμία.',
    nextTime: 'Επιβεβαιώνουμε τον ρόλο LEAR και τον κωδικό PIC του Δήμου έναν μήνα πριν από κάθε ευρωπαϊκή προθεσμία και κάνουμε δοκιμαστική υποβολή την προηγούμενη εβδομάδα.',
    programme: 'cerv',
    funder: 'European Commission',
    themes: ['awareness-participation'],
    phase: 'submission',
    sharing: 'municipality',
    writtenOn: '2024-09-27',
  },
  {
    proposal: 'ioannina-greek-2024',
    municipality: 'ioannina',
    title: 'Κοινή πρόταση με γειτονικό δήμο: μνημόνιο με σαφή κατανομή του προϋπολογισμού',
    whatHappened:
      'Η πρόταση για μαθήματα ελληνικής γλώσσας με τον Δήμο Τρικκαίων εγκρίθηκε· οι αξιολογητές ανέφεραν θετικά το υπογεγραμμένο μνημόνιο, που όριζε ποιος πληρώνει τους εκπαιδευτές και ποιος διαθέτει τις αίθουσες.',
    nextTime: 'Κρατάμε το ίδιο πρότυπο μνημονίου για κάθε κοινή πρόταση και το μοιραζόμαστε με τους δήμους του Δικτύου.',
    programme: 'amif',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['labour-market', 'networking'],
    phase: 'partnership',
    sharing: 'public',
    writtenOn: '2024-09-20',
    goodPractice: 'Μαθήματα ελληνικών για μητέρες με φύλαξη παιδιών',
  },
  {
    proposal: 'piraeus-housing-2024',
    municipality: 'piraeus',
    title: 'Δωρητές: τριμηνιαίες αναφορές με δείκτες από την πρώτη μέρα',
    whatHappened:
      'Το ίδρυμα χρηματοδότησε τη στέγαση οικογενειών μετά το ΕΣΤΙΑ για 12 μήνες και ζήτησε τριμηνιαίες αναφορές. Δεν είχαμε ορίσει από την αρχή πώς μετράμε την αυτονόμηση των οικογενειών, και η πρώτη αναφορά καθυστέρησε.',
    nextTime: 'Από την υπογραφή της σύμβασης: φύλλο παρακολούθησης ωφελούμενων, δείκτες (μισθώσεις, απασχόληση) και οι ημερομηνίες των αναφορών στο ημερολόγιο της ομάδας.',
    programme: 'donor',
    funder: 'Stavros Niarchos Foundation',
    themes: ['institutional-reform'],
    phase: 'implementation',
    sharing: 'network',
    writtenOn: '2024-11-18',
  },
  {
    proposal: 'larissa-kem-2025',
    municipality: 'larissa',
    title: 'Ίδρυση ΚΕΜ: η ίδια συμμετοχή και ο χώρος αποφασίζονται πρώτα',
    whatHappened:
      'Αποσύραμε την πρόταση για νέο Κέντρο Ένταξης Μεταναστών γιατί δεν εξασφαλίστηκε εγκαίρως απόφαση του δημοτικού συμβουλίου για τη συγχρηματοδότηση (ίδια συμμετοχή) και για τη διάθεση κτιρίου.',
    nextTime: 'Πριν γράψουμε κείμενο: απόφαση δημοτικού συμβουλίου για την ίδια συμμετοχή και τον χώρο, και έλεγχος προσβασιμότητας του κτιρίου.',
    programme: 'esf-plus',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['municipal-services'],
    phase: 'preparation',
    sharing: 'network',
    writtenOn: '2025-04-10',
  },
  {
    proposal: null,
    municipality: null,
    title: 'ΟΠΣ ΕΣΠΑ: κωδικοί και ψηφιακή υπογραφή μία εβδομάδα πριν την προθεσμία',
    whatHappened:
      'Στις προσκλήσεις του ΕΚΤ+ του 2023–2025 τρεις δήμοι του Δικτύου βρέθηκαν την τελευταία μέρα χωρίς ενεργούς κωδικούς στο ΟΠΣ ΕΣΠΑ ή χωρίς εγκεκριμένη ψηφιακή υπογραφή του νόμιμου εκπροσώπου. Το σύστημα επιβαρύνεται τις τελευταίες ώρες πριν την προθεσμία.',
    nextTime:
      'Έλεγχος κωδικών ΟΠΣ και ψηφιακής υπογραφής μία εβδομάδα πριν, υποβολή τουλάχιστον 48 ώρες πριν την προθεσμία, και το αποδεικτικό υποβολής στον φάκελο της πρότασης.',
    programme: 'esf-plus',
    funder: null,
    themes: ['municipal-services'],
    phase: 'submission',
    sharing: 'public',
    writtenOn: '2025-03-05',
  },
  {
    proposal: 'karditsa-agrifood-2026',
    municipality: 'karditsa',
    title: 'Ιδρύματα: η συγχρηματοδότηση που ζητούν διαβάζεται πριν τον προϋπολογισμό',
    whatHappened:
      'Η πρόταση για απασχόληση προσφύγων στον αγροδιατροφικό τομέα απορρίφθηκε: το ίδρυμα ζητούσε 20% ίδια συμμετοχή και προσφέραμε 10%, χωρίς να το προσέξουμε στους όρους.',
    nextTime:
      'Πρώτα το ποσοστό συγχρηματοδότησης και οι επιλέξιμες δαπάνες από τους όρους του δωρητή, μετά ο προϋπολογισμός· όπου χρειάζεται, συμμετοχή σε είδος (χώροι, προσωπικό) με τεκμηριωμένη αποτίμηση.',
    programme: 'donor',
    funder: 'Bodossaki Foundation',
    themes: ['labour-market'],
    phase: 'budget',
    sharing: 'network',
    writtenOn: '2026-06-01',
  },
];
