import { wholeWordPattern, WordScanner } from './word-scanner.ts';

/**
 * Labels that say what the value after them is (`Καταληκτική ημερομηνία: …`, `Προϋπολογισμός: …`), found in
 * folded text. Strong labels are explicit and may stand some words before their value; weak ones are
 * prepositions (`έως`, `up to`) that must stand right before it and yield to a strong label just before them.
 */
export interface LabelSet<Kind extends string> {
  strong: Readonly<Record<Kind, readonly string[]>>;
  weak: Readonly<Partial<Record<Kind, readonly string[]>>>;
}

export interface FoundLabel<Kind extends string> {
  kind: Kind;
  isWeak: boolean;
  start: number;
  end: number;
}

export interface LabelReach<Kind extends string> {
  /** Characters allowed between a strong label and its value. */
  strong: number;
  /** Characters allowed between a weak label and its value. */
  weak: number;
  /** Characters allowed between a weak label and the strong label it yields to. */
  chain: number;
  /** Kinds too vague to decide alone (`υποβολή`), which yield to a strong label just before them like weak ones. */
  vague?: readonly Kind[];
}

export interface CompiledLabels<Kind extends string> {
  scanner: WordScanner<{ kind: Kind; isWeak: boolean }>;
}

/** Label sources are folded regular expressions, matched only at word boundaries. */
export function compileLabels<Kind extends string>(labels: LabelSet<Kind>): CompiledLabels<Kind> {
  const entries = <Value>(record: Readonly<Partial<Record<Kind, Value>>>) => Object.entries(record) as Array<[Kind, Value]>;
  return {
    scanner: new WordScanner([
      ...entries<readonly string[]>(labels.strong).map(([kind, sources]) => wholeWordPattern({ kind, isWeak: false }, sources)),
      ...entries<readonly string[]>(labels.weak).map(([kind, sources]) => wholeWordPattern({ kind, isWeak: true }, sources)),
    ]),
  };
}

/** Labels in the text in order; of two overlapping ones the earlier, then the longer, wins. */
export function findLabels<Kind extends string>(folded: string, { scanner }: CompiledLabels<Kind>): FoundLabel<Kind>[] {
  const found = scanner.findAll(folded).map(({ kind: { kind, isWeak }, match }) => ({ kind, isWeak, start: match.index, end: match.index + match[0].length }));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const labels: FoundLabel<Kind>[] = [];
  for (const label of found) {
    const previous = labels.at(-1);
    if (!previous || label.start >= previous.end) labels.push(label);
  }
  return labels;
}

/**
 * The kind of the label nearest before `position` that stands after `floor` (the end of the previous value,
 * whose label it would be), or null. `Καταληκτική ημερομηνία υποβολής έως …` is a deadline and
 * `Υλοποίηση έως …` is not, because `έως` yields to the label just before it.
 */
export function labelKindBefore<Kind extends string>(
  labels: ReadonlyArray<FoundLabel<Kind>>,
  position: number,
  floor: number,
  reach: LabelReach<Kind>,
): Kind | null {
  const candidates = labels.filter((label) => label.start >= floor && label.end <= position);
  const nearest = candidates.at(-1);
  if (!nearest || position - nearest.end > (nearest.isWeak ? reach.weak : reach.strong)) return null;
  if (!isVague(nearest, reach)) return nearest.kind;
  const before = candidates.at(-2);
  if (before && !isVague(before, reach) && nearest.start - before.end <= reach.chain) return before.kind;
  return nearest.kind;
}

function isVague<Kind extends string>(label: FoundLabel<Kind>, reach: LabelReach<Kind>): boolean {
  return label.isWeak || (reach.vague ?? []).includes(label.kind);
}
