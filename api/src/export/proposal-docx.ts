import type { ProposalExport } from '@cni/db';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { budgetTable, describeProposal } from './proposal-rows.ts';
import { exportLabels, type ExportLanguage } from './export-format.ts';

function cell(text: string, { bold = false, alignRight = false } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold })] })],
  });
}

function fullWidthTable(rows: TableRow[]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/**
 * The proposal as a Word document: title, a table of facts, each section as a heading with one paragraph per line
 * of its text, and the budget table with its totals. Numbers are right-aligned so that columns of cents line up.
 */
export async function renderProposalDocx(data: ProposalExport, language: ExportLanguage): Promise<Buffer> {
  const facts = fullWidthTable(describeProposal(data, language).map(([label, value]) => new TableRow({ children: [cell(label, { bold: true }), cell(value)] })));
  const sections = data.sections.flatMap((section) => [
    new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }),
    ...section.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => new Paragraph({ text: line })),
  ]);
  const table = budgetTable(data, language);
  const numeric = (index: number) => index >= 2;
  const budget = fullWidthTable([
    new TableRow({ tableHeader: true, children: table.header.map((text, index) => cell(text, { bold: true, alignRight: numeric(index) })) }),
    ...table.rows.map((row) => new TableRow({ children: row.map((text, index) => cell(text, { alignRight: numeric(index) })) })),
    new TableRow({ children: table.totals.map((text, index) => cell(text, { bold: true, alignRight: numeric(index) })) }),
  ]);
  const document = new Document({
    title: data.proposal.title,
    creator: 'CNI Funding Workspace',
    sections: [
      {
        children: [
          new Paragraph({ text: data.proposal.title, heading: HeadingLevel.TITLE }),
          facts,
          ...sections,
          new Paragraph({ text: exportLabels[language].budget, heading: HeadingLevel.HEADING_1 }),
          budget,
          ...table.notes.map((note) => new Paragraph({ text: note })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
