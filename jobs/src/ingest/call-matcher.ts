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
/** What a call is matched by, computed once per item: the same keys look it up and, if new, index it. */
export interface MatchKeys {
  reference: string | null;
  url: string | null;
  tokens: Set<string>;
}

export function matchKeys(call: { reference: string | null; url: string | null; title: string }): MatchKeys {
  return {
    reference: call.reference ? referenceKey(call.reference) : null,
    url: call.url ? canonicaliseUrl(call.url) : null,
    tokens: titleTokens(call.title),
  };
}

export class CallMatcher {
  private readonly byReference = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private readonly byToken = new Map<string, Set<string>>();
  private readonly tokens = new Map<string, Set<string>>();

  constructor(calls: IndexedCall[]) {
    for (const call of calls) this.add(call.id, matchKeys(call));
  }

  add(id: string, keys: MatchKeys): void {
    if (keys.reference) this.byReference.set(keys.reference, id);
    if (keys.url) this.byUrl.set(keys.url, id);
    this.tokens.set(id, keys.tokens);
    for (const token of keys.tokens) {
      let ids = this.byToken.get(token);
      if (!ids) this.byToken.set(token, (ids = new Set()));
      ids.add(id);
    }
  }

  match(keys: MatchKeys): string | null {
    const byReference = keys.reference ? this.byReference.get(keys.reference) : undefined;
    if (byReference) return byReference;
    const byUrl = keys.url ? this.byUrl.get(keys.url) : undefined;
    if (byUrl) return byUrl;
    return this.matchTitle(keys.tokens);
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
