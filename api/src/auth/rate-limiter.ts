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

/**
 * Lockout with backoff for one account: after `freeFailures` failed logins every attempt is refused for a
 * delay that doubles with each further failure (1 min, 2, 4 … capped), counted from the last failure.
 * Refused attempts are not failures, so waiting out the delay is the only way to try again. Same
 * in-memory trade-offs as RateLimiter; a quiet day forgets the account.
 */
export class LoginBackoff {
  private readonly failures = new Map<string, { count: number; lastAt: number }>();

  constructor(
    readonly freeFailures: number,
    readonly firstDelayMs: number,
    readonly maxDelayMs: number,
    private readonly now: () => number = Date.now,
    readonly forgetAfterMs = 24 * 60 * 60 * 1000,
  ) {}

  private current(key: string) {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.lastAt > this.forgetAfterMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** How long the key is locked out after its latest failure, or 0 when it is not. */
  delayMs(key: string): number {
    const entry = this.current(key);
    if (!entry || entry.count < this.freeFailures) return 0;
    return Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** (entry.count - this.freeFailures));
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const entry = this.current(key);
    const delay = this.delayMs(key);
    if (!entry || delay === 0) return 0;
    const remaining = entry.lastAt + delay - this.now();
    return remaining > 0 ? Math.max(1, Math.ceil(remaining / 1000)) : 0;
  }

  /** Counts a failure; true when it starts or lengthens a lockout. */
  record(key: string): boolean {
    const entry = this.current(key);
    this.failures.set(key, { count: (entry?.count ?? 0) + 1, lastAt: this.now() });
    if (this.failures.size > 10_000) this.prune();
    return this.delayMs(key) > 0;
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.current(key);
  }
}

export interface LoginLimiters {
  /** Failed logins per account, with backoff: stops guessing one person's password from many addresses. */
  perAccount: LoginBackoff;
  /** Login attempts per client address: stops one machine from trying many accounts. */
  perAddress: RateLimiter;
}

export function createLoginLimiters(now: () => number = Date.now): LoginLimiters {
  return {
    perAccount: new LoginBackoff(5, 60 * 1000, 60 * 60 * 1000, now),
    perAddress: new RateLimiter(30, 15 * 60 * 1000, now),
  };
}
