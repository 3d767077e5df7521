import type { ProposalExport } from '@cni/db';
import { exportLabels, formatCents, formatDate, formatQuantity, formatRate, type ExportLanguage } from './export-format.ts';

/** The facts under the title, as label/value pairs, shared by the DOCX and Markdown documents. */
export function describeProposal({ proposal }: ProposalExport, language: ExportLanguage): Array<[string, string]> {
  const labels = exportLabels[language];
  const name = (municipality: { name: string; nameEl: string }) => (language === 'el' ? municipality.nameEl : municipality.name);
  return [
    [labels.call, proposal.call?.title ?? labels.none],
    [labels.lead, name(proposal.leadMunicipality)],
    [labels.partners, proposal.partnerMunicipalities.map(name).join(', ') || labels.none],
    [labels.status, labels.statuses[proposal.status]],
    [labels.deadline, formatDate(proposal.deadline, language)],
  ];
}

/** The budget table as text cells: a header, one row per line, and the totals row. */
export function budgetTable({ budget }: ProposalExport, language: ExportLanguage) {
  const labels = exportLabels[language];
  const money = (cents: number) => formatCents(cents, language);
  return {
    header: [labels.category, labels.description, labels.quantity, labels.unitCost, labels.total, labels.funder, labels.own],
    rows: budget.lines.map((line) => [
      labels.categories[line.category],
      line.description,
      formatQuantity(line.quantityMilli, language),
      money(line.unitCostCents),
      money(line.totalCents),
      money(line.funderShareCents),
      money(line.ownContributionCents),
    ]),
    totals: [labels.totals, '', '', '', money(budget.totals.totalCents), money(budget.totals.funderCents), money(budget.totals.ownCents)],
    notes: [
      `${labels.cofinancingRate}: ${formatRate(budget.totals.cofinancingRate)}`,
      ...(budget.maxGrantCents === null ? [] : [`${labels.maxGrant}: ${money(budget.maxGrantCents)}`]),
    ],
  };
}
