import { analyseText } from './analyse-text.ts';
import { glossary, type GlossaryEntry } from './glossary.data.ts';

/** A concept's forms as stem sequences joined by spaces: `προσφυγ`, `refuge`, `αγορ εργασ`. */
type Forms = ReadonlySet<string>;

export interface GlossaryIndex {
  /** Forms reached from one stem that is by itself a term of an entry. */
  byStem: ReadonlyMap<string, Forms>;
  /** Forms reached from a phrase of several stems. */
  byPhrase: ReadonlyMap<string, Forms>;
  longestPhrase: number;
}

function addForms(index: Map<string, Set<string>>, key: string, forms: string[]): void {
  let known = index.get(key);
  if (!known) index.set(key, (known = new Set()));
  for (const form of forms) known.add(form);
}

export function buildGlossaryIndex(entries: GlossaryEntry[]): GlossaryIndex {
  const byStem = new Map<string, Set<string>>();
  const byPhrase = new Map<string, Set<string>>();
  let longestPhrase = 1;
  for (const entry of entries) {
    const forms = [...new Set([...entry.el, ...entry.en].map((term) => analyseText(term).join(' ')).filter(Boolean))];
    for (const form of forms) {
      const length = form.split(' ').length;
      longestPhrase = Math.max(longestPhrase, length);
      addForms(length === 1 ? byStem : byPhrase, form, forms);
    }
  }
  return { byStem, byPhrase, longestPhrase };
}

export const glossaryIndex = buildGlossaryIndex(glossary);

/** A run of a text's stems that says one concept, with every form that says the same in either language. */
export interface ConceptGroup {
  start: number;
  length: number;
  forms: Set<string>;
}

/**
 * A text's stems grouped into concepts: `στέγαση προσφύγων` → [{στεγασ, κατοικ, hous, accommod}, {προσφυγ,
 * refuge}]. Phrases of the glossary are taken whole before their words one by one.
 */
export function groupConcepts(stems: string[], index: GlossaryIndex = glossaryIndex): ConceptGroup[] {
  const groups: ConceptGroup[] = [];
  let at = 0;
  while (at < stems.length) {
    let group: ConceptGroup | null = null;
    for (let length = Math.min(index.longestPhrase, stems.length - at); length >= 2 && !group; length--) {
      const forms = index.byPhrase.get(stems.slice(at, at + length).join(' '));
      if (forms) group = { start: at, length, forms: new Set(forms) };
    }
    const stem = stems[at]!;
    group ??= { start: at, length: 1, forms: new Set([stem, ...(index.byStem.get(stem) ?? [])]) };
    groups.push(group);
    at += group.length;
  }
  return groups;
}

/** The concepts of a text's stems, each as the set of its forms (see `groupConcepts`). */
export function expandTerms(stems: string[], index: GlossaryIndex = glossaryIndex): Array<Set<string>> {
  return groupConcepts(stems, index).map((group) => group.forms);
}
