import type { ProposalExport } from '@cni/db';
import { budgetTable, describeProposal } from './proposal-rows.ts';
import { exportLabels, type ExportLanguage } from './export-format.ts';

/** Text that means itself in Markdown: `*`, `_`, `|`, a leading `#` or `1.` … written by users stay characters. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, (_, space: string, marker: string) => `${space}${marker.replace(/([#+.)-])/, '\\$1')}`);
}

function tableRow(cells: string[]): string {
  return `| ${cells.map((cell) => escapeMarkdown(cell).replace(/\n/g, ' ')).join(' | ')} |`;
}

/** The proposal as Markdown: title, facts, each section with its text, and the budget table. */
export function renderProposalMarkdown(data: ProposalExport, language: ExportLanguage): string {
  const out: string[] = [`# ${escapeMarkdown(data.proposal.title)}`, ''];
  for (const [label, value] of describeProposal(data, language)) out.push(`- **${label}:** ${escapeMarkdown(value)}`);
  for (const section of data.sections) {
    out.push('', `## ${escapeMarkdown(section.title)}`, '');
    const paragraphs = section.text.split('\n').filter((line) => line.trim() !== '');
    for (const paragraph of paragraphs) out.push(escapeMarkdown(paragraph), '');
  }
  const table = budgetTable(data, language);
  out.push('', `## ${exportLabels[language].budget}`, '', tableRow(table.header), `|${table.header.map(() => ' --- ').join('|')}|`);
  for (const row of table.rows) out.push(tableRow(row));
  out.push(tableRow(table.totals), '', ...table.notes.map((note) => `${escapeMarkdown(note)}  `));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
