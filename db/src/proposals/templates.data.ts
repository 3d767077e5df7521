import type { TemplateSection } from '../schema/index.ts';

type Section = [key: string, title: string, titleEl: string, guidance: string, guidanceEl: string];

function sections(list: Section[]): TemplateSection[] {
  return list.map(([key, title, titleEl, guidance, guidanceEl]) => ({ key, title, titleEl, guidance, guidanceEl }));
}

const rationale: Section = [
  'rationale',
  'Rationale and needs',
  'Σκεπτικό και ανάγκες',
  'Which local needs does the proposal answer, with evidence (figures, studies, the needs registry)?',
  'Ποιες τοπικές ανάγκες καλύπτει η πρόταση, με τεκμήρια (στοιχεία, μελέτες, το μητρώο αναγκών);',
];
const objectives: Section = [
  'objectives',
  'Objectives',
  'Στόχοι',
  'Specific, measurable objectives tied to the programme’s indicators.',
  'Συγκεκριμένοι, μετρήσιμοι στόχοι συνδεδεμένοι με τους δείκτες του προγράμματος.',
];
const activities: Section = [
  'activities',
  'Activities and timeline',
  'Δράσεις και χρονοδιάγραμμα',
  'Work packages, who does what, and when (months).',
  'Πακέτα εργασίας, ποιος κάνει τι και πότε (μήνες).',
];
const targetGroups: Section = [
  'target-groups',
  'Target groups',
  'Ομάδες στόχου',
  'Who benefits, how many, and how they are reached.',
  'Ποιοι ωφελούνται, πόσοι και πώς θα προσεγγιστούν.',
];
const partnership: Section = [
  'partnership',
  'Partnership',
  'Εταιρική σχέση',
  'The role of each partner and why together.',
  'Ο ρόλος κάθε εταίρου και γιατί μαζί.',
];
const budgetJustification: Section = [
  'budget-justification',
  'Budget justification',
  'Αιτιολόγηση προϋπολογισμού',
  'Why each cost is needed and how it was estimated.',
  'Γιατί χρειάζεται κάθε δαπάνη και πώς εκτιμήθηκε.',
];
const sustainability: Section = [
  'sustainability',
  'Sustainability',
  'Βιωσιμότητα',
  'What continues after the funding ends, and who pays for it.',
  'Τι συνεχίζεται μετά τη χρηματοδότηση και ποιος το χρηματοδοτεί.',
];
const communication: Section = [
  'communication',
  'Communication',
  'Επικοινωνία και δημοσιότητα',
  'How results are shared; the funder’s visibility rules.',
  'Πώς διαχέονται τα αποτελέσματα· οι κανόνες δημοσιότητας του χρηματοδότη.',
];

/** The four templates every installation starts with; the coordination team edits them afterwards. */
export const defaultProposalTemplates = [
  {
    key: 'esf-plus',
    name: 'ESF+ 2021-2027',
    nameEl: 'ΕΚΤ+ 2021-2027',
    sections: sections([rationale, objectives, activities, targetGroups, partnership, budgetJustification, sustainability, communication]),
  },
  {
    key: 'amif',
    name: 'AMIF (Asylum, Migration and Integration Fund)',
    nameEl: 'ΤΑΜΕ (Ταμείο Ασύλου, Μετανάστευσης και Ένταξης)',
    sections: sections([
      rationale,
      objectives,
      targetGroups,
      activities,
      [
        'integration-approach',
        'Integration approach',
        'Προσέγγιση ένταξης',
        'How the actions support the integration of third-country nationals (language, housing, work, participation).',
        'Πώς οι δράσεις στηρίζουν την ένταξη υπηκόων τρίτων χωρών (γλώσσα, στέγαση, εργασία, συμμετοχή).',
      ],
      partnership,
      budgetJustification,
      sustainability,
    ]),
  },
  {
    key: 'donor',
    name: 'Private donor / foundation',
    nameEl: 'Ιδιωτικός δωρητής / ίδρυμα',
    sections: sections([
      [
        'summary',
        'Summary',
        'Σύνοψη',
        'The project in five lines: problem, action, result, cost.',
        'Το έργο σε πέντε γραμμές: πρόβλημα, δράση, αποτέλεσμα, κόστος.',
      ],
      rationale,
      activities,
      [
        'impact',
        'Expected impact',
        'Αναμενόμενος αντίκτυπος',
        'What changes for people, and how it will be measured.',
        'Τι αλλάζει για τους ανθρώπους και πώς θα μετρηθεί.',
      ],
      budgetJustification,
      communication,
    ]),
  },
  { key: 'blank', name: 'Blank', nameEl: 'Κενό', sections: [] },
] as const satisfies ReadonlyArray<{ key: string; name: string; nameEl: string; sections: TemplateSection[] }>;
