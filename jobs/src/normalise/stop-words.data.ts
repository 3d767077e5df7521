/**
 * Words that say nothing about which call a title names, folded (σ for ς): Greek and English function words,
 * and the words every call title carries (`Πρόσκληση υποβολής προτάσεων για την ένταξη πράξεων`,
 * `Call for proposals`). Only words of three letters or more matter: shorter ones are dropped anyway.
 */
export const titleStopWords: ReadonlySet<string> = new Set([
  'και', 'του', 'τησ', 'των', 'τον', 'την', 'τισ', 'τουσ', 'για', 'στο', 'στη', 'στην', 'στον', 'στα', 'στισ',
  'στουσ', 'στησ', 'απο', 'προσ', 'που', 'κατα', 'μετα', 'υπο', 'επι', 'δια', 'εωσ', 'ενα', 'μια', 'ενοσ', 'μιασ',
  'the', 'and', 'for', 'from', 'with', 'into', 'under',
  'προσκληση', 'προσκλησησ', 'υποβολη', 'υποβολησ', 'προτασεων', 'προτασησ', 'αιτησεων', 'πραξεων',
  'call', 'calls', 'proposals', 'proposal', 'applications',
]);
