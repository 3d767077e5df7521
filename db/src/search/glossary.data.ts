/**
 * The field's bilingual glossary: each entry names one concept in Greek and in English (singular or the usual
 * form; the stemmer takes care of inflection). A search or a need in one language reaches calls written in the
 * other through it. Several words in a term form a phrase: all of them, in that order, stand for the concept.
 */
export interface GlossaryEntry {
  el: string[];
  en: string[];
}

export const glossary: GlossaryEntry[] = [
  { el: ['ένταξη', 'κοινωνική ένταξη', 'ενσωμάτωση'], en: ['integration', 'inclusion', 'social inclusion'] },
  { el: ['πρόσφυγας', 'προσφυγικός'], en: ['refugee'] },
  { el: ['μετανάστης', 'μεταναστευτικός', 'μετανάστευση'], en: ['migrant', 'migration', 'immigrant'] },
  { el: ['άσυλο', 'αιτών άσυλο', 'αιτούντες άσυλο'], en: ['asylum', 'asylum seeker'] },
  { el: ['απασχόληση', 'εργασία', 'αγορά εργασίας'], en: ['employment', 'labour market', 'labor market', 'jobs'] },
  { el: ['στέγαση', 'κατοικία'], en: ['housing', 'accommodation'] },
  { el: ['διαπολιτισμική μεσολάβηση', 'διαπολιτισμικός μεσολαβητής'], en: ['intercultural mediation', 'cultural mediation', 'intercultural mediator'] },
  { el: ['έμφυλη βία', 'βία λόγω φύλου'], en: ['gender-based violence', 'gender based violence'] },
  { el: ['ρομά'], en: ['roma'] },
  { el: ['ασυνόδευτοι ανήλικοι', 'ασυνόδευτος ανήλικος'], en: ['unaccompanied minors', 'unaccompanied children'] },
  { el: ['κοινωνική συνοχή'], en: ['social cohesion'] },
  { el: ['εκπαίδευση', 'κατάρτιση'], en: ['education', 'training'] },
  { el: ['δήμος', 'δημοτικός', 'τοπική αυτοδιοίκηση'], en: ['municipality', 'municipal', 'local authority', 'local authorities'] },
  { el: ['ρατσισμός', 'αντιρατσιστικός'], en: ['racism', 'anti-racism'] },
  { el: ['πολιτισμός'], en: ['culture'] },
  { el: ['αθλητισμός'], en: ['sport'] },
  { el: ['συμμετοχή'], en: ['participation'] },
  { el: ['ευάλωτες ομάδες'], en: ['vulnerable groups'] },
  { el: ['γυναίκες'], en: ['women'] },
  { el: ['παιδιά'], en: ['children'] },
  { el: ['νέοι', 'νεολαία'], en: ['youth', 'young people'] },
  { el: ['δίκτυο', 'δικτύωση'], en: ['network', 'networking'] },
  { el: ['ελληνικά ως δεύτερη γλώσσα', 'εκμάθηση γλώσσας'], en: ['language learning', 'language courses'] },
  { el: ['ψυχοκοινωνική υποστήριξη'], en: ['psychosocial support'] },
  { el: ['υγεία'], en: ['health'] },
  { el: ['κέντρο ένταξης μεταναστών'], en: ['migrant integration centre', 'migrant integration center'] },
];
