import type { ValidationIssue } from './api-types.ts';

/** A section of a proposal template, as GET and PUT /api/proposal-templates carry it. */
export interface TemplateSection {
  key: string;
  title: string;
  titleEl: string;
  guidance: string;
  guidanceEl: string;
}

export interface ProposalTemplateDetail {
  key: string;
  name: string;
  nameEl: string;
  sections: TemplateSection[];
  updatedAt: string;
}

export const sectionFields = ['titleEl', 'title', 'guidanceEl', 'guidance'] as const;
export type SectionField = (typeof sectionFields)[number];

// The limits of SaveProposalTemplateSchema (api/src/routes/proposal-templates), told before sending.
const maxLength: Record<SectionField, number> = { title: 200, titleEl: 200, guidance: 2000, guidanceEl: 2000 };
export const maxSections = 40;

/** Where an error is shown: `<index of the section>.<field>`. */
export type SectionFieldId = `${number}.${SectionField}`;
export type SectionProblem = 'required' | 'tooLong';

/** The list with the section at `index` swapped with its neighbour; unchanged when there is none. */
export function moveSection<T>(sections: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const moved = [...sections];
  if (index < 0 || index >= sections.length || target < 0 || target >= sections.length) return moved;
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/**
 * A key for a new section: the first free `section-N`. Keys are never derived from titles, so that renaming
 * a section keeps the key the proposals started from it know it by.
 */
export function newSectionKey(keys: readonly string[]): string {
  const taken = new Set(keys);
  let number = 1;
  while (taken.has(`section-${number}`)) number += 1;
  return `section-${number}`;
}

/** What the API would refuse, found before sending: titles are required, every text has a maximum length. */
export function checkSections(sections: readonly TemplateSection[]): Partial<Record<SectionFieldId, SectionProblem>> {
  const problems: Partial<Record<SectionFieldId, SectionProblem>> = {};
  sections.forEach((section, index) => {
    for (const field of sectionFields) {
      const value = section[field].trim();
      if ((field === 'title' || field === 'titleEl') && value === '') problems[`${index}.${field}`] = 'required';
      else if (value.length > maxLength[field]) problems[`${index}.${field}`] = 'tooLong';
    }
  });
  return problems;
}

/** The sections as PUT sends them, trimmed. */
export function trimSections(sections: readonly TemplateSection[]): TemplateSection[] {
  return sections.map(({ key, title, titleEl, guidance, guidanceEl }) => ({
    key,
    title: title.trim(),
    titleEl: titleEl.trim(),
    guidance: guidance.trim(),
    guidanceEl: guidanceEl.trim(),
  }));
}

/** Sorts a 400's issues: those about one field of one section (path `sections.<i>.<field>`), and the rest. */
export function sortSectionIssues(issues: readonly ValidationIssue[]): {
  byField: Partial<Record<SectionFieldId, string>>;
  general: string[];
} {
  const byField: Partial<Record<SectionFieldId, string>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const [property, index, field] = issue.path;
    const isSectionField =
      property === 'sections' && index !== undefined && /^\d+$/.test(index) && (sectionFields as readonly string[]).includes(field ?? '');
    if (isSectionField) byField[`${Number(index)}.${field as SectionField}`] ??= issue.message;
    else general.push(issue.message);
  }
  return { byField, general };
}
