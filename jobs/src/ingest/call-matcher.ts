import { canonicaliseUrl, foldText, titleSimilarity } from '../normalise/index.ts';

export interface IndexedCall {
  id: string;
  reference: string | null;
  url: string | null;
  title: string;
}

// Two titles this alike, after folding accents and case, name the same call published twice.
const sameTitleThreshold = 0.85;
// Words shorter than this carry too little to find candidates with.
const minTokenLength = 4;

function referenceKey(reference: string): string {
  return foldText(reference).replace(/\s+/g, '');
}

function titleTokens(title: string): string[] {
  return [...new Set(foldText(title).split(/[^\p{L}\p{N}]+/u).filter((token) => token.length >= minTokenLength))];
}

/**
 * Finds the call an incoming item is a copy of: the same reference (topic id, ΑΔΑ), else the same canonical
 * URL, else a title so alike that it is the same call. Items added during a run become matchable at once.
 */
export class CallMatcher {
  private readonly byReference = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private readonly byToken = new Map<string, Set<string>>();
  private readonly titles = new Map<string, string>();

  constructor(calls: IndexedCall[]) {
    for (const call of calls) this.add(call);
  }

  add(call: IndexedCall): void {
    if (call.reference) this.byReference.set(referenceKey(call.reference), call.id);
    if (call.url) this.byUrl.set(canonicaliseUrl(call.url), call.id);
    this.titles.set(call.id, call.title);
    for (const token of titleTokens(call.title)) {
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
    const candidates = new Set<string>();
    for (const token of titleTokens(item.title)) for (const id of this.byToken.get(token) ?? []) candidates.add(id);
    let best: { id: string; score: number } | null = null;
    for (const id of candidates) {
      const score = titleSimilarity(item.title, this.titles.get(id)!);
      if (score >= sameTitleThreshold && (!best || score > best.score)) best = { id, score };
    }
    return best?.id ?? null;
  }
}
