/**
 * Greek and English function words, folded (σ for ς), dropped when indexing and when querying: they say nothing
 * about a call, and a query holding one would make FTS5's bm25 score every row (see PITFALLS.md).
 */
export const searchStopWords: ReadonlySet<string> = new Set([
  // Greek articles, pronouns, prepositions, conjunctions, particles.
  'ο', 'η', 'το', 'οι', 'τα', 'του', 'τησ', 'των', 'τον', 'την', 'τουσ', 'τισ', 'ενα', 'ενασ', 'μια', 'ενοσ', 'μιασ',
  'και', 'κι', 'η', 'ή', 'ουτε', 'αλλα', 'ομωσ', 'αν', 'οτι', 'πωσ', 'που', 'ποιοσ', 'ποια', 'ποιο', 'οπου', 'οταν',
  'για', 'με', 'σε', 'σε', 'στο', 'στη', 'στην', 'στον', 'στα', 'στισ', 'στουσ', 'στησ', 'στων', 'στου', 'απο', 'προσ',
  'κατα', 'μετα', 'υπο', 'επι', 'δια', 'εωσ', 'χωρισ', 'μεσω', 'μεσα', 'περι', 'παρα', 'αντι', 'ωσ', 'ωσπου',
  'να', 'θα', 'δεν', 'μη', 'μην', 'ειναι', 'εχει', 'εχουν', 'αυτο', 'αυτη', 'αυτοσ', 'αυτα', 'αυτεσ', 'αυτοι',
  'αυτων', 'αυτησ', 'αυτου', 'τουτο', 'εκει', 'εδω', 'πολυ', 'ολα', 'ολεσ', 'ολοι', 'ολων', 'καθε', 'οσο', 'οσα',
  'επισησ', 'ακομη', 'ακομα', 'μονο', 'ηδη', 'τοσο', 'σασ', 'μασ', 'τουσ', 'σου', 'μου',
  // English.
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into',
  'onto', 'under', 'over', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that',
  'these', 'those', 'their', 'they', 'them', 'which', 'who', 'whom', 'what', 'than', 'then', 'there', 'here',
  'not', 'no', 'all', 'any', 'each', 'such', 'also', 'can', 'may', 'will', 'shall', 'should', 'would', 'has',
  'have', 'had', 'do', 'does', 'via', 'per', 'about', 'within', 'through',
]);
