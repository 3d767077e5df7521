import { describe, expect, it } from 'vitest';
import { LoginBackoff, RateLimiter } from './rate-limiter.ts';

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

describe('LoginBackoff', () => {
  it('locks out after the free failures for a delay that doubles with each further failure, capped', () => {
    let now = 5_000_000;
    const backoff = new LoginBackoff(5, 60_000, 3_600_000, () => now);
    for (let failure = 1; failure <= 4; failure++) expect(backoff.record('a')).toBe(false);
    expect(backoff.retryAfterSeconds('a')).toBe(0);
    expect(backoff.record('a')).toBe(true);
    const delays: number[] = [];
    for (let further = 0; further < 9; further++) {
      const wait = backoff.retryAfterSeconds('a');
      delays.push(wait);
      now += wait * 1000;
      expect(backoff.retryAfterSeconds('a')).toBe(0);
      backoff.record('a');
    }
    expect(delays).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    expect(backoff.retryAfterSeconds('other')).toBe(0);
  });

  it('starts again from zero after a success or a quiet day', () => {
    let now = 0;
    const backoff = new LoginBackoff(1, 60_000, 3_600_000, () => now);
    backoff.record('a');
    expect(backoff.retryAfterSeconds('a')).toBe(60);
    backoff.reset('a');
    expect(backoff.retryAfterSeconds('a')).toBe(0);
    backoff.record('a');
    now += 25 * 60 * 60 * 1000;
    expect(backoff.delayMs('a')).toBe(0);
  });
});
