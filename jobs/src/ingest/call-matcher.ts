import { canonicaliseUrl, foldText, titleTokens, tokenSimilarity } from '../normalise/index.ts';

export interface IndexedCall {
  id: string;
  reference: string | null;
  url: string | null;
  title: string;
}

// Two titles this alike, after folding accents and case, name the same call published twice.
const sameTitleThreshold = 0.85;

function referenceKey(reference: string): string {
  return foldText(reference).replace(/\s+/g, '');
}

/**
 * Finds the call an incoming item is a copy of: the same reference (topic id, ΑΔΑ), else the same canonical
 * URL, else a title so alike that it is the same call. Items added during a run become matchable at once.
 *
 * Titles are compared only with candidates that share one of the item's rarest words: a title that misses
 * all of its `k - ceil(0.85k) + 1` rarest words cannot reach the threshold (prefix filtering), and common
 * words such as "δήμοι" would otherwise make every run quadratic.
 */
export class CallMatcher {
  private readonly byReference = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private readonly byToken = new Map<string, Set<string>>();
  private readonly tokens = new Map<string, Set<string>>();

  constructor(calls: IndexedCall[]) {
    for (const call of calls) this.add(call);
  }

  add(call: IndexedCall): void {
    if (call.reference) this.byReference.set(referenceKey(call.reference), call.id);
    if (call.url) this.byUrl.set(canonicaliseUrl(call.url), call.id);
    const tokens = titleTokens(call.title);
    this.tokens.set(call.id, tokens);
    for (const token of tokens) {
      let ids = this.byToken.get(token);
      if (!ids) this.byToken.set(token, (ids = new Set()));
      ids.add(call.id);
    }
  }

  match(item: { reference: string | null; url: string | null; title: string }): string | null {
    if (item.reference) {
      const id = this.byReference.get(referenceKey(item.reference));
      if (id) return id;
    }
    if (item.url) {
      const id = this.byUrl.get(canonicaliseUrl(item.url));
      if (id) return id;
    }
    return this.matchTitle(titleTokens(item.title));
  }

  private matchTitle(tokens: Set<string>): string | null {
    if (tokens.size === 0) return null;
    const rarestFirst = [...tokens].sort((a, b) => (this.byToken.get(a)?.size ?? 0) - (this.byToken.get(b)?.size ?? 0));
    const prefix = rarestFirst.slice(0, tokens.size - Math.ceil(sameTitleThreshold * tokens.size) + 1);
    let best: { id: string; score: number } | null = null;
    for (const token of prefix) {
      for (const id of this.byToken.get(token) ?? []) {
        const score = tokenSimilarity(tokens, this.tokens.get(id)!);
        if (score >= sameTitleThreshold && (!best || score > best.score)) best = { id, score };
      }
    }
    return best?.id ?? null;
  }
}
