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

/**
 * A text's stems grouped into concepts, each with every form that says the same in either language:
 * `στέγαση προσφύγων` → [{στεγασ, κατοικ, hous, accommod}, {προσφυγ, refuge}]. Phrases of the glossary are
 * taken whole before their words one by one.
 */
export function expandTerms(stems: string[], index: GlossaryIndex = glossaryIndex): Array<Set<string>> {
  const concepts: Array<Set<string>> = [];
  let at = 0;
  while (at < stems.length) {
    let taken = 0;
    for (let length = Math.min(index.longestPhrase, stems.length - at); length >= 2 && taken === 0; length--) {
      const forms = index.byPhrase.get(stems.slice(at, at + length).join(' '));
      if (forms) {
        concepts.push(new Set(forms));
        taken = length;
      }
    }
    if (taken === 0) {
      const stem = stems[at]!;
      concepts.push(new Set([stem, ...(index.byStem.get(stem) ?? [])]));
      taken = 1;
    }
    at += taken;
  }
  return concepts;
}
