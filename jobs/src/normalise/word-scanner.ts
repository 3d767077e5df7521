import { memoiseCodePointTest } from './code-point-test.ts';
import { leadingCharacters } from './leading-characters.ts';
import { addStart, deepestStartAt, parentOf, startNodeCount } from './start-trie.ts';

/** A kind of thing to find, and the regular-expression sources that find it, tried in order at a word start. */
export interface WordPattern<Kind> {
  kind: Kind;
  alternatives: readonly string[];
}

export interface WordMatch<Kind> {
  kind: Kind;
  match: RegExpExecArray;
}

interface Alternative {
  kindIndex: number;
  order: number;
  pattern: RegExp;
}

const isLetterOrNumber = memoiseCodePointTest(/^[\p{L}\p{N}]$/u);

/**
 * Patterns that match only at the start of a word (after no letter or digit). A regular expression that starts
 * with `(?<![\p{L}\p{N}])` defeats V8's search for a first character and is tried at every position of the
 * text, once per vocabulary; here each alternative is tried, as a sticky expression, only at the word starts
 * where the text begins as the alternative can, which are a few words of a call at most.
 */
export class WordScanner<Kind> {
  private readonly kinds: Kind[];
  // The alternatives by the node their starts end at; one whose start cannot be told ends at the root.
  private readonly ownAlternatives = new Map<number, Alternative[]>();
  // The alternatives a text reaching each node may match: those whose start is the node's path or begins it.
  private alternativesByNode: Alternative[][] = [];

  constructor(patterns: ReadonlyArray<WordPattern<Kind>>) {
    this.kinds = patterns.map(({ kind }) => kind);
    let order = 0;
    for (const [kindIndex, { alternatives }] of patterns.entries()) {
      for (const source of alternatives) {
        const alternative = { kindIndex, order: order++, pattern: new RegExp(source, 'uy') };
        for (const start of leadingCharacters(source) ?? ['']) {
          const id = addStart(start);
          this.ownAlternatives.set(id, [...(this.ownAlternatives.get(id) ?? []), alternative]);
        }
      }
    }
  }

  /**
   * Every match in text order, as `text.matchAll` finds them for each kind with its alternatives joined into
   * `(?<![\p{L}\p{N}])(?:…|…)`: matches of one kind do not overlap, and at one place its first alternative that
   * matches wins. Matches of different kinds may overlap; at one place they come in the order of the patterns.
   */
  findAll(text: string): WordMatch<Kind>[] {
    return this.scan(text, false);
  }

  /** Where each kind first matches, in text order. */
  findFirst(text: string): Map<Kind, number> {
    const first = new Map<Kind, number>();
    for (const { kind, match } of this.scan(text, true)) first.set(kind, match.index);
    return first;
  }

  test(text: string): boolean {
    return this.scan(text, true).length > 0;
  }

  private scan(text: string, isFirstOnly: boolean): WordMatch<Kind>[] {
    const found: WordMatch<Kind>[] = [];
    // Where the next match of each kind may start: after the end of its last one.
    const nextStart = new Array<number>(this.kinds.length).fill(0);
    const alternativesByNode = this.alternativesByStartNode();
    const { starts, nodes } = walkWordStarts(text);
    for (let word = 0; word < starts.length; word += 1) {
      const index = starts[word] as number;
      for (const { kindIndex, pattern } of alternativesByNode[nodes[word] as number] as Alternative[]) {
        if ((nextStart[kindIndex] as number) > index) continue;
        pattern.lastIndex = index;
        const match = pattern.exec(text);
        if (!match) continue;
        found.push({ kind: this.kinds[kindIndex] as Kind, match });
        nextStart[kindIndex] = isFirstOnly ? Infinity : Math.max(index + match[0].length, index + 1);
      }
    }
    return found;
  }

  /** The alternatives by node, brought up to date when scanners made since have added nodes. */
  private alternativesByStartNode(): Alternative[][] {
    for (let id = this.alternativesByNode.length; id < startNodeCount(); id += 1) {
      const inherited = id === 0 ? [] : (this.alternativesByNode[parentOf(id)] as Alternative[]);
      const own = this.ownAlternatives.get(id);
      this.alternativesByNode.push(own ? [...new Set([...inherited, ...own])].sort((a, b) => a.order - b.order) : inherited);
    }
    return this.alternativesByNode;
  }
}

interface Walk {
  text: string;
  nodeCount: number;
  starts: number[];
  nodes: number[];
}

// The scanners of a call read the same folded text in turn, with short texts (a budget line, the windows around
// an exclusion) in between: the walks of the texts read last are kept, most recent first, so that each text is
// walked once. They are few, so a look along them costs less than hashing a text for a Map.
const recentWalks: Walk[] = [];
const recentWalksLimit = 8;

/** Where words may start (after no letter or digit, never inside a surrogate pair), and the start node each reaches. */
function walkWordStarts(text: string): Walk {
  const index = recentWalks.findIndex((walk) => walk.text === text);
  const recent = recentWalks[index];
  // A walk from before a scanner added nodes may stop short of them.
  const isCurrent = recent?.nodeCount === startNodeCount();
  if (index === 0 && isCurrent) return recent;
  if (index >= 0) recentWalks.splice(index, 1);
  const walk = recent && isCurrent ? recent : walkFrom(text);
  recentWalks.unshift(walk);
  recentWalks.length = Math.min(recentWalks.length, recentWalksLimit);
  return walk;
}

function walkFrom(text: string): Walk {
  const walk: Walk = { text, nodeCount: startNodeCount(), starts: [], nodes: [] };
  let isAfterWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) as number;
    if (!isAfterWord) {
      walk.starts.push(index);
      walk.nodes.push(deepestStartAt(text, index));
    }
    isAfterWord = isLetterOrNumber(codePoint);
    if (codePoint > 0xffff) index += 1;
  }
  return walk;
}

/** A pattern whose sources match whole words: the scanner sees to where they start, and this to where they end. */
export function wholeWordPattern<Kind>(kind: Kind, sources: readonly string[]): WordPattern<Kind> {
  return { kind, alternatives: sources.map((source) => `(?:${source})(?![\\p{L}\\p{N}])`) };
}
