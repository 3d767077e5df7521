import type { BudgetCategory, ProposalStatus } from '@cni/db';

export type ExportLanguage = 'el' | 'en';

/** Money from integer cents without floating point: 1234567 → "12.345,67 €" (el) or "€12,345.67" (en). */
export function formatCents(cents: number, language: ExportLanguage): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100).toString();
  const rest = (absolute % 100).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'el' ? '.' : ',');
  return language === 'el' ? `${sign}${grouped},${rest} €` : `${sign}€${grouped}.${rest}`;
}

/** A quantity kept in thousandths, with only the decimals it has: 1500 → "1,5" (el) or "1.5" (en). */
export function formatQuantity(quantityMilli: number, language: ExportLanguage): string {
  const whole = Math.trunc(quantityMilli / 1000).toString();
  const decimals = (quantityMilli % 1000).toString().padStart(3, '0').replace(/0+$/, '');
  return decimals ? `${whole}${language === 'el' ? ',' : '.'}${decimals}` : whole;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(2)} %`;
}

/** A UTC timestamp as a date in Athens, where every deadline of the network is read. */
export function formatDate(iso: string | null, language: ExportLanguage): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(language === 'el' ? 'el-GR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Athens' }).format(new Date(iso));
}

interface Labels {
  call: string;
  lead: string;
  partners: string;
  status: string;
  deadline: string;
  none: string;
  budget: string;
  category: string;
  description: string;
  quantity: string;
  unitCost: string;
  total: string;
  funder: string;
  own: string;
  totals: string;
  cofinancingRate: string;
  maxGrant: string;
  statuses: Record<ProposalStatus, string>;
  categories: Record<BudgetCategory, string>;
}

export const exportLabels: Record<ExportLanguage, Labels> = {
  el: {
    call: 'Πρόσκληση',
    lead: 'Επικεφαλής δήμος',
    partners: 'Εταίροι',
    status: 'Κατάσταση',
    deadline: 'Προθεσμία',
    none: '–',
    budget: 'Προϋπολογισμός',
    category: 'Κατηγορία',
    description: 'Περιγραφή',
    quantity: 'Ποσότητα',
    unitCost: 'Κόστος μονάδας',
    total: 'Σύνολο',
    funder: 'Χρηματοδότηση',
    own: 'Ίδια συμμετοχή',
    totals: 'Σύνολα',
    cofinancingRate: 'Ποσοστό συγχρηματοδότησης',
    maxGrant: 'Μέγιστη επιχορήγηση της πρόσκλησης',
    statuses: { idea: 'Ιδέα', drafting: 'Σύνταξη', review: 'Έλεγχος', submitted: 'Υποβλήθηκε', awarded: 'Εγκρίθηκε', rejected: 'Απορρίφθηκε', withdrawn: 'Αποσύρθηκε' },
    categories: {
      staff: 'Προσωπικό',
      travel: 'Μετακινήσεις',
      equipment: 'Εξοπλισμός',
      subcontracting: 'Υπεργολαβίες',
      services: 'Υπηρεσίες',
      'other-direct': 'Λοιπές άμεσες δαπάνες',
      indirect: 'Έμμεσες δαπάνες',
    },
  },
  en: {
    call: 'Call',
    lead: 'Lead municipality',
    partners: 'Partners',
    status: 'Status',
    deadline: 'Deadline',
    none: '–',
    budget: 'Budget',
    category: 'Category',
    description: 'Description',
    quantity: 'Quantity',
    unitCost: 'Unit cost',
    total: 'Total',
    funder: 'Funder share',
    own: 'Own contribution',
    totals: 'Totals',
    cofinancingRate: 'Co-financing rate',
    maxGrant: 'Maximum grant of the call',
    statuses: { idea: 'Idea', drafting: 'Drafting', review: 'Review', submitted: 'Submitted', awarded: 'Awarded', rejected: 'Rejected', withdrawn: 'Withdrawn' },
    categories: {
      staff: 'Staff',
      travel: 'Travel',
      equipment: 'Equipment',
      subcontracting: 'Subcontracting',
      services: 'Services',
      'other-direct': 'Other direct costs',
      indirect: 'Indirect costs',
    },
  },
};
