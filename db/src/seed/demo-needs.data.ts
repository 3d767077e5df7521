import type { NeedFields } from '../needs/need-fields.ts';

/** A few realistic needs so the municipality overview shows real-looking work on first start. */
export const demoNeeds: Record<string, NeedFields[]> = {
  athens: [
    {
      title: 'Διαπολιτισμικοί μεσολαβητές στα Κέντρα Κοινότητας',
      description:
        'Πρόσληψη και εκπαίδευση έξι διαπολιτισμικών μεσολαβητών (αραβικά, φαρσί, ουρντού, γαλλικά) για τα Κέντρα Κοινότητας και το Κέντρο Ένταξης Μεταναστών του Δήμου.',
      category: 'municipal-services',
      targetGroups: ['πρόσφυγες', 'αιτούντες άσυλο', 'δημοτικοί υπάλληλοι'],
      priority: 1,
      estimatedBudgetCents: 42_000_000,
      status: 'identified',
    },
    {
      title: 'Μετάβαση από το πρόγραμμα ΕΣΤΙΑ σε αυτόνομη στέγαση',
      description:
        'Υποστήριξη αναγνωρισμένων προσφύγων που αποχωρούν από το ΕΣΤΙΑ: συμβουλευτική στέγασης, διαμεσολάβηση με ιδιοκτήτες, επιδότηση ενοικίου για τους πρώτους έξι μήνες.',
      category: 'institutional-reform',
      targetGroups: ['αναγνωρισμένοι πρόσφυγες', 'οικογένειες'],
      priority: 1,
      estimatedBudgetCents: 120_000_000,
      status: 'in-progress',
    },
    {
      title: 'Προγράμματα κατάρτισης και συμβουλευτικής απασχόλησης',
      description:
        'Κύκλοι εκμάθησης ελληνικής γλώσσας με επαγγελματικό προσανατολισμό και εξατομικευμένη συμβουλευτική για την είσοδο στην αγορά εργασίας.',
      category: 'labour-market',
      targetGroups: ['πρόσφυγες', 'μετανάστες', 'νέοι 18-29'],
      priority: 2,
      estimatedBudgetCents: 65_000_000,
      status: 'identified',
    },
  ],
  thessaloniki: [
    {
      title: 'Υπηρεσίες πρόληψης και αντιμετώπισης της έμφυλης βίας',
      description:
        'Ενίσχυση του Συμβουλευτικού Κέντρου Γυναικών με διερμηνεία και ψυχοκοινωνική υποστήριξη για γυναίκες πρόσφυγες και μετανάστριες.',
      category: 'municipal-services',
      targetGroups: ['γυναίκες πρόσφυγες', 'μετανάστριες'],
      priority: 1,
      estimatedBudgetCents: 28_000_000,
      status: 'identified',
    },
    {
      title: 'Αθλητικές και πολιτιστικές δράσεις κατά του ρατσισμού',
      description: 'Γειτονικά τουρνουά, φεστιβάλ και σχολικά εργαστήρια που φέρνουν κοντά ντόπιους και νεοαφιχθέντες.',
      category: 'awareness-participation',
      targetGroups: ['νέοι', 'τοπική κοινωνία'],
      priority: 2,
      estimatedBudgetCents: 9_500_000,
      status: 'identified',
    },
  ],
  piraeus: [
    {
      title: 'Κέντρο Ένταξης Μεταναστών: επέκταση ωραρίου',
      description: 'Απογευματινή λειτουργία του ΚΕΜ και στελέχωση με κοινωνικό λειτουργό και νομικό σύμβουλο.',
      category: 'municipal-services',
      targetGroups: ['μετανάστες', 'πρόσφυγες'],
      priority: 2,
      estimatedBudgetCents: 18_000_000,
      status: 'identified',
    },
    {
      title: 'Σύνδεση με επιχειρήσεις της ναυτιλίας',
      description: 'Πρόγραμμα πρακτικής άσκησης προσφύγων σε επιχειρήσεις του λιμένα με συμβουλευτική και πιστοποίηση δεξιοτήτων.',
      category: 'labour-market',
      targetGroups: ['πρόσφυγες', 'νέοι'],
      priority: 1,
      estimatedBudgetCents: 35_000_000,
      status: 'identified',
    },
  ],
};
