/**
 * Words every funding text uses, whichever need it serves: sharing them says nothing about fit, so a need's
 * words like these never count as "words in common". Any inflection is fine; they are stemmed when loaded.
 */
export const genericFundingWords = [
  'πρόγραμμα', 'προγράμματα', 'πρόσκληση', 'προσκλήσεις', 'δράση', 'δράσεις', 'έργο', 'έργα', 'στόχος', 'στόχοι',
  'υποστήριξη', 'ενίσχυση', 'χρηματοδότηση', 'πρόταση', 'προτάσεις', 'δήμος', 'δήμοι', 'δήμου', 'δημοτικός',
  'ανάπτυξη', 'υλοποίηση', 'παρέμβαση', 'παρεμβάσεις', 'φορέας', 'φορείς', 'περίοδος', 'έτος', 'νέος', 'νέα',
  'programme', 'program', 'project', 'projects', 'call', 'action', 'actions', 'support', 'funding', 'proposal',
  'objective', 'implementation', 'development', 'municipality', 'municipal', 'new', 'year',
];
