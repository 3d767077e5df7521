import type { LabelSet } from './labels.ts';

/**
 * Phrases that say what the next amount or percentage is, as folded regular-expression sources (lower case,
 * no accents, σ for ς). A weak `έως`/`up to` is a grant ceiling unless a budget label stands just before it
 * (`Προϋπολογισμός έως 5.000.000 €` is the budget).
 */
export const budgetLabels: LabelSet<'budget' | 'maxGrant' | 'cofinancing'> = {
  strong: {
    budget: [
      'συνολικ\\p{L}* προυπολογισμ\\p{L}*',
      'προυπολογισμ\\p{L}*',
      '(?:συνολικ\\p{L}* )?δημοσι\\p{L}* δαπαν\\p{L}*',
      'συνολικ\\p{L}* ποσ\\p{L}*',
      'διαθεσιμ\\p{L}* ποσ\\p{L}*',
      '(?:total|overall|available|indicative|call|topic|estimated) budget',
      'budget(?: available)?',
      'total (?:amount|funding)',
      'financial envelope',
    ],
    maxGrant: [
      'μεγιστ\\p{L}* (?:επιλεξιμ\\p{L}* )?(?:ποσ\\p{L}*|προυπολογισμ\\p{L}*|χρηματοδοτ\\p{L}*|ενισχυσ\\p{L}*|επιχορηγησ\\p{L}*)',
      'ανωτατ\\p{L}* (?:οριο|οριου|ποσ\\p{L}*)(?: (?:χρηματοδοτ|ενισχυσ|επιχορηγησ)\\p{L}*)?',
      'προυπολογισμ\\p{L}* (?:ανα|καθε) (?:προταση|πραξη|εργο|εργου|εργων|εταιρο|δικαιουχο|εταιρια|εταιρεια|δημο)',
      '(?:maximum|max\\.?) (?:eu )?(?:grant|contribution|amount|funding|budget)(?: per (?:project|proposal|grant))?',
      'budget per (?:project|proposal|grant)',
      'grant size',
      'ceiling',
    ],
    cofinancing: [
      'ποσοστ\\p{L}* (?:συγ)?χρηματοδοτ\\p{L}*',
      'ποσοστ\\p{L}* (?:ενισχυσ|επιχορηγησ)\\p{L}*',
      'ενταση ενισχυσ\\p{L}*',
      'συγχρηματοδοτ\\p{L}*',
      'co-?financing(?: rate)?',
      'co-?funding(?: rate)?',
      'funding rate',
      'reimbursement rate',
    ],
  },
  weak: {
    maxGrant: ['εωσ', 'μεχρι', 'up to', 'not exceeding', 'δεν υπερβαινει'],
  },
};

/** Words after an amount that make it a ceiling per project: `EUR 500 000 per project`, `150.000 € ανά πρόταση`. */
export const perProjectWords = '(?:per (?:project|proposal|grant|applicant|beneficiary)|ανα (?:προταση|πραξη|εργο|δικαιουχο|εταιρο|δημο))';
