import type { CallTerms, MatchCallFacts, TermPlace, TermRarity } from './score.ts';

/** A call as the matcher holds it: its facts, and its terms as ids of the pool's dictionary. */
export interface PoolCall extends MatchCallFacts {
  index: number;
  /** Distinct term ids of the title, ascending. */
  titleTerms: Int32Array;
  /** Distinct term ids of title, summary, funder and reference, ascending. */
  terms: Int32Array;
}

export interface PoolCallInput extends MatchCallFacts {
  /** Space-separated stems, as stored in `call_search`. */
  titleTerms: string;
  bodyTerms: string;
}

interface Postings {
  offsets: Int32Array;
  entries: Int32Array;
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number, make: (length: number) => T): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The calls worth matching, in memory: each call's terms as integer ids, how many calls hold each term, and on
 * demand the calls of each term (postings) and of each theme. Matching 1,000 needs against 100,000 calls means
 * finding, for each need, the few calls that share its rarer words; SQL answers that one need at a time, this
 * answers it for all needs from one read of the calls.
 */
export class CallPool implements TermRarity {
  private readonly ids = new Map<string, number>();
  private frequencies = new Int32Array(1024);
  private places = new Uint8Array(1024);
  private readonly slots: Array<PoolCall | null> = [];
  private readonly slotById = new Map<string, number>();
  private live = 0;
  private postingsCache: Postings | null = null;
  private themesCache: Map<string, Int32Array> | null = null;
  private readonly view: CallTerms = { placeOf: (termId) => (this.places[termId] ?? 0) as TermPlace };

  /** When the pool was read from the database (epoch ms, wall clock): a cached pool is read again after a while. */
  constructor(readonly loadedAt: number) {}

  get callCount(): number {
    return this.live;
  }

  /** Slots of calls, some empty after removals: `PoolCall.index` points here. */
  get size(): number {
    return this.slots.length;
  }

  get termCount(): number {
    return this.ids.size;
  }

  documentFrequency(termId: number): number {
    return this.frequencies[termId] ?? 0;
  }

  /** The id of a stem, adding it to the dictionary (held by no call yet) when new. */
  intern(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(stem, id);
      this.frequencies = grown(this.frequencies, id + 1, (length) => new Int32Array(length));
      this.places = grown(this.places, id + 1, (length) => new Uint8Array(length));
    }
    return id;
  }

  callAt(index: number): PoolCall | null {
    return this.slots[index] ?? null;
  }

  get(callId: string): PoolCall | null {
    const slot = this.slotById.get(callId);
    return slot === undefined ? null : this.slots[slot]!;
  }

  private distinctIds(text: string, into: number[]): void {
    if (text.length === 0) return;
    // Marks in `places` drop repeats; the caller clears them.
    for (const stem of text.split(' ')) {
      if (stem.length === 0) continue;
      const id = this.intern(stem);
      if (this.places[id] === 0) {
        this.places[id] = 1;
        into.push(id);
      }
    }
  }

  /** Adds a call or replaces the stored one with the same id. */
  upsert(input: PoolCallInput): PoolCall {
    this.remove(input.id);
    const title: number[] = [];
    this.distinctIds(input.titleTerms, title);
    const all = [...title];
    this.distinctIds(input.bodyTerms, all);
    for (const id of all) {
      this.places[id] = 0;
      this.frequencies[id]!++;
    }
    const call: PoolCall = {
      id: input.id,
      programme: input.programme,
      funder: input.funder,
      withdrawn: input.withdrawn,
      statusHint: input.statusHint,
      openingMs: input.openingMs,
      deadlineMs: input.deadlineMs,
      budgetCents: input.budgetCents,
      maxGrantCents: input.maxGrantCents,
      eligibleApplicants: input.eligibleApplicants,
      themes: input.themes,
      index: this.slots.length,
      titleTerms: Int32Array.from(title).sort(),
      terms: Int32Array.from(all).sort(),
    };
    this.slots.push(call);
    this.slotById.set(call.id, call.index);
    this.live++;
    this.postingsCache = null;
    this.themesCache = null;
    return call;
  }

  remove(callId: string): void {
    const slot = this.slotById.get(callId);
    if (slot === undefined) return;
    const call = this.slots[slot]!;
    for (const id of call.terms) this.frequencies[id]!--;
    this.slots[slot] = null;
    this.slotById.delete(callId);
    this.live--;
    this.postingsCache = null;
    this.themesCache = null;
  }

  /** Runs `use` with the call's terms marked, so that looking a term up costs one array read. */
  withTerms<T>(call: PoolCall, use: (terms: CallTerms) => T): T {
    for (const id of call.terms) this.places[id] = 1;
    for (const id of call.titleTerms) this.places[id] = 2;
    try {
      return use(this.view);
    } finally {
      for (const id of call.terms) this.places[id] = 0;
    }
  }

  /**
   * The calls holding a term, each entry `slot << 1 | inTitle`; built for all terms at once (two passes) and
   * kept until a call changes.
   */
  callsWithTerm(termId: number): Int32Array {
    const postings = (this.postingsCache ??= this.buildPostings());
    if (termId + 1 >= postings.offsets.length) return new Int32Array(0);
    return postings.entries.subarray(postings.offsets[termId]!, postings.offsets[termId + 1]!);
  }

  private buildPostings(): Postings {
    const terms = this.termCount;
    const offsets = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id++) offsets[id + 1] = offsets[id]! + this.frequencies[id]!;
    const entries = new Int32Array(offsets[terms]!);
    const cursor = offsets.slice(0, terms);
    for (const call of this.slots) {
      if (!call) continue;
      for (const id of call.titleTerms) this.places[id] = 2;
      for (const id of call.terms) entries[cursor[id]!++] = (call.index << 1) | (this.places[id] === 2 ? 1 : 0);
      for (const id of call.titleTerms) this.places[id] = 0;
    }
    return { offsets, entries };
  }

  /** Whether a call holds a term (binary search of its sorted terms). */
  static holds(terms: Int32Array, termId: number): boolean {
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = terms[middle]!;
      if (value === termId) return true;
      if (value < termId) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Slots of the calls on a theme. */
  callsOfTheme(theme: string): Int32Array {
    const themes = (this.themesCache ??= this.buildThemes());
    return themes.get(theme) ?? new Int32Array(0);
  }

  private buildThemes(): Map<string, Int32Array> {
    const lists = new Map<string, number[]>();
    for (const call of this.slots) {
      if (!call) continue;
      for (const theme of call.themes) {
        let list = lists.get(theme);
        if (!list) lists.set(theme, (list = []));
        list.push(call.index);
      }
    }
    return new Map([...lists].map(([theme, list]) => [theme, Int32Array.from(list)]));
  }
}
