import type { ChangeCounterName } from '../schema/index.ts';
import type { ChangeCounters } from './read-change-counters.ts';

interface Entry<V> {
  value: V;
  validUntilMs: number;
}

export interface Loaded<V> {
  value: V;
  /** When the value goes stale by itself, whatever is written (a deadline passing); never by default. */
  validUntilMs?: number;
}

/**
 * Values read from the database, kept while the change counter of the tables they come from stands still:
 * a write from this process, another process or another connection empties the cache at the next request.
 * Counters are read at the start of a request (`readChangeCounters`), before anything is loaded, so a write
 * that lands during a load leaves that value already stale. Least recently used entries go first once
 * `maxEntries` is reached.
 */
export class CountedCache<V> {
  readonly #counter: ChangeCounterName;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Entry<V>>();
  #seen = -1;

  constructor({ counter, maxEntries }: { counter: ChangeCounterName; maxEntries: number }) {
    this.#counter = counter;
    this.#maxEntries = maxEntries;
  }

  /** The cached value for `key`, or what `load` returns (cached unless it is undefined). */
  async get(counters: ChangeCounters, key: string, load: () => Promise<Loaded<V> | undefined>, nowMs = Date.now()): Promise<V | undefined> {
    const counter = counters[this.#counter];
    if (counter !== this.#seen) {
      this.#entries.clear();
      this.#seen = counter;
    }
    const entry = this.#entries.get(key);
    if (entry && entry.validUntilMs > nowMs) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return entry.value;
    }
    const loaded = await load();
    if (loaded === undefined) {
      this.#entries.delete(key);
      return undefined;
    }
    // Another request may have seen a newer counter while this one loaded; its entries must not meet this value.
    if (this.#seen === counter) this.#remember(key, { value: loaded.value, validUntilMs: loaded.validUntilMs ?? Infinity });
    return loaded.value;
  }

  /** Forgets one entry, e.g. a session found expired by the clock rather than by a write. */
  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  #remember(key: string, entry: Entry<V>): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
