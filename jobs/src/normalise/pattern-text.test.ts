import { describe, expect, it } from 'vitest';
import { alternation, escapeForPattern } from './pattern-text.ts';

describe('escapeForPattern', () => {
  it('makes signs literal', () => {
    expect(new RegExp(escapeForPattern('esf+ (ΕΚΤ+) 2.0 $')).test('esf+ (ΕΚΤ+) 2.0 $')).toBe(true);
    expect(new RegExp(escapeForPattern('2.0')).test('200')).toBe(false);
  });
});

describe('alternation', () => {
  it('tries longer words first and drops repeats', () => {
    expect(alternation(['sep', 'sept', 'sep', 'εκ.'])).toBe('sept|sep|εκ\\.');
    expect('sept 2026'.match(new RegExp(alternation(['sep', 'sept'])))?.[0]).toBe('sept');
  });
});
