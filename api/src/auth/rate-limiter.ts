/**
 * A sliding-window counter per key, in memory: enough for one process, and it forgets on restart, which
 * only ever makes it more lenient. Keys are pruned as they expire so memory stays bounded by recent traffic.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.now()) / 1000));
  }

  record(key: string): void {
    this.hits.set(key, [...this.recent(key), this.now()]);
    if (this.hits.size > 10_000) this.prune();
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private prune(): void {
    for (const key of [...this.hits.keys()]) this.recent(key);
  }
}

export interface LoginLimiters {
  /** Failed logins per account: stops guessing one person's password from many addresses. */
  perAccount: RateLimiter;
  /** Login attempts per client address: stops one machine from trying many accounts. */
  perAddress: RateLimiter;
}

export function createLoginLimiters(): LoginLimiters {
  return {
    perAccount: new RateLimiter(5, 15 * 60 * 1000),
    perAddress: new RateLimiter(30, 15 * 60 * 1000),
  };
}
