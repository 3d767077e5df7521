import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows the limit, then asks to wait until the oldest hit leaves the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    for (let hit = 0; hit < 3; hit++) {
      expect(limiter.retryAfterSeconds('ip')).toBe(0);
      limiter.record('ip');
      now += 10_000;
    }
    expect(limiter.retryAfterSeconds('ip')).toBe(30);
    expect(limiter.retryAfterSeconds('other')).toBe(0);
    now += 30_000;
    expect(limiter.retryAfterSeconds('ip')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.record('account');
    expect(limiter.retryAfterSeconds('account')).toBeGreaterThan(0);
    limiter.reset('account');
    expect(limiter.retryAfterSeconds('account')).toBe(0);
  });
});
