import { describe, expect, it } from 'vitest';
import { anyDigit, leadingCharacters } from './leading-characters.ts';

const starts = (source: string) => {
  const found = leadingCharacters(source);
  return found && [...found].map((start) => start.replaceAll(anyDigit, '#')).sort();
};

describe('leadingCharacters', () => {
  it.each([
    ['a word, up to eight characters', 'καταληκτικ\\p{L}*', ['καταληκτ']],
    ['alternatives', 'λη(?:ξη|ξησ)|deadline', ['deadline', 'ληξη', 'ληξησ']],
    ['an optional group before the rest', '(?:total )?budget', ['budget', 'total bu']],
    ['a class of listed characters', 'gender[- ]?based', ['gender b', 'gender-b', 'genderba']],
    ['digits as any digit, repeated as often as allowed', '\\d{1,2}[./]', ['##.', '##/', '#.', '#/']],
    ['a repetition without bound up to its first round', 'ab+c', ['ab']],
    ['an escaped sign', 'esf\\+', ['esf+']],
    ['past a look-behind, which matches no characters', '(?<![\\p{L}.])€', ['€']],
  ])('reads %s', (_name, source, expected) => {
    expect(starts(source)).toEqual(expected);
  });

  it.each([
    ['a letter of any kind', '\\p{L}+x'],
    ['a negated class', '[^a]b'],
    ['a range', '[a-z]'],
    ['a source that may match nothing', '(?:a|b)?'],
  ])('cannot tell the start of %s', (_name, source) => {
    expect(leadingCharacters(source)).toBeNull();
  });
});
