import { describe, expect, it } from 'vitest';
import { colourOfPerson } from './person-colour.ts';

describe('colourOfPerson', () => {
  it('gives the same id the same colour, and different people different colours', () => {
    expect(colourOfPerson('user-a')).toBe(colourOfPerson('user-a'));
    const colours = new Set(['user-a', 'user-b', 'user-c', 'user-d', 'user-e'].map(colourOfPerson));
    expect(colours.size).toBeGreaterThan(1);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
