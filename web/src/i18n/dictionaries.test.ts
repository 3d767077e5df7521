import { describe, expect, it } from 'vitest';
import { el, type MessageKey } from './el.ts';
import { en } from './en.ts';

function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const keys = Object.keys(el) as MessageKey[];

describe('dictionaries', () => {
  it('have the same keys in Greek and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) {
      expect({ key, placeholders: placeholdersOf(en[key]) }).toEqual({ key, placeholders: placeholdersOf(el[key]) });
    }
  });

  it('have no empty messages', () => {
    for (const key of keys) {
      expect(el[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('come in complete singular and plural pairs', () => {
    for (const key of keys.filter((candidate) => candidate.endsWith('.one'))) {
      expect(keys).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});
