// Any digit, in starts and in the text walked against them: `\d{4}-` starts with four of these and a hyphen.
// A private-use character, so a text holding one only costs a scanner a try.
export const anyDigit = '\ue001';
const anyDigitUnit = anyDigit.charCodeAt(0);
// Enough to tell words apart; longer starts would only multiply for patterns with groups.
const maxStartLength = 8;

/** The character a scanner looks starts up by: a digit as any digit, else itself. */
export function startUnit(unit: number): number {
  return unit >= 0x30 && unit <= 0x39 ? anyDigitUnit : unit;
}

/**
 * What every match of a regular-expression source starts with: strings of up to eight characters (digits as
 * `anyDigit`), or null when the source may start with something this reading does not follow (`\p{L}`, a
 * negated class, a dot, an anchor) or may match nothing. Groups, classes and optional or repeated parts are
 * expanded in place, so `(?:a|b)?[cd]` starts with `ac`, `ad`, `bc`, `bd`, `c` or `d`; lookarounds match no
 * characters and are skipped. A start may be shorter than the source allows, such as `a` for `a+b`: that only
 * makes a scanner try the source in more places.
 */
export function leadingCharacters(source: string): Set<string> | null {
  const starts = new Set<string>();
  return addStarts(source, '', starts) ? starts : null;
}

/** Adds the starts of `source` read after `prefix`; false when a start cannot be told. */
function addStarts(source: string, prefix: string, starts: Set<string>): boolean {
  if (prefix.length >= maxStartLength) return stopAt(prefix, starts);
  const alternatives = splitAlternatives(source);
  if (alternatives.length > 1) return alternatives.every((alternative) => addStarts(alternative, prefix, starts));
  const atom = readAtom(source);
  if (atom === null) return stopAt(prefix, starts);
  if (atom.kind === 'assertion') return addStarts(source.slice(atom.end), prefix, starts);
  const { minimum, maximum, end } = readQuantifier(source, atom.end);
  const rest = source.slice(end);
  if (minimum === 0 && !addStarts(rest, prefix, starts)) return false;
  if (maximum === 0) return true;
  // After one round, the rounds left and then the rest follow; a round without bound stops the reading there.
  const again = maximum === Infinity ? null : maximum === 1 ? rest : `${source.slice(0, atom.end)}{${Math.max(minimum - 1, 0)},${maximum - 1}}${rest}`;
  if (atom.kind === 'characters') {
    return atom.characters.every((character) => (again === null ? stopAt(prefix + character, starts) : addStarts(again, prefix + character, starts)));
  }
  return atom.alternatives.every((alternative) => addStarts(alternative + (again ?? ''), prefix, starts));
}

function stopAt(prefix: string, starts: Set<string>): boolean {
  if (prefix === '') return false;
  starts.add(prefix);
  return true;
}

type Atom =
  | { kind: 'characters'; characters: readonly string[]; end: number }
  | { kind: 'group'; alternatives: string[]; end: number }
  | { kind: 'assertion'; end: number };

/** The atom at the start of `source`, or null for one this reading does not follow. */
function readAtom(source: string): Atom | null {
  const first = source[0];
  if (first === undefined || '.^$|)*+?{'.includes(first) || /[\ud800-\udfff]/.test(first)) return null;
  if (first === '[') return readClass(source);
  if (first === '\\') {
    const character = readEscape(source, 0);
    return character && { kind: 'characters', characters: [character.character], end: character.end };
  }
  if (first !== '(') return { kind: 'characters', characters: [startCharacter(first)], end: 1 };
  const close = closingParenthesis(source);
  if (close < 0) return null;
  if (/^\(\?<?[=!]/.test(source)) return { kind: 'assertion', end: close + 1 };
  const bodyStart = source.startsWith('(?:') ? 3 : source.startsWith('(?<') ? source.indexOf('>') + 1 : source.startsWith('(?') ? -1 : 1;
  if (bodyStart <= 0) return null;
  return { kind: 'group', alternatives: splitAlternatives(source.slice(bodyStart, close)), end: close + 1 };
}

/** A class of characters listed one by one (`[./-]`, `[.,\u00a0 ]`), or null for ranges, negations and the like. */
function readClass(source: string): Atom | null {
  const characters = new Set<string>();
  for (let index = 1; index < source.length; ) {
    if (source[index] === ']') return index > 1 ? { kind: 'characters', characters: [...characters], end: index + 1 } : null;
    const isRange = source[index + 1] === '-' && source[index + 2] !== ']' && index + 2 < source.length;
    if (source[index] === '^' || isRange || /[\ud800-\udfff]/.test(source[index] ?? '')) return null;
    const read = source[index] === '\\' ? readEscape(source, index) : { character: startCharacter(source[index] ?? ''), end: index + 1 };
    if (!read) return null;
    characters.add(read.character);
    index = read.end;
  }
  return null;
}

/** The character an escape at `at` stands for: any digit for `\d`, the code of `\uXXXX`, or punctuation as itself. */
function readEscape(source: string, at: number): { character: string; end: number } | null {
  const escaped = source[at + 1] ?? '';
  if (escaped === 'd') return { character: anyDigit, end: at + 2 };
  const code = /^u([\da-fA-F]{4})/.exec(source.slice(at + 1));
  if (code) return { character: startCharacter(String.fromCharCode(parseInt(code[1] as string, 16))), end: at + 6 };
  // Other letters and digits after a backslash are classes, anchors or back-references.
  return escaped === '' || /^[\p{L}\p{N}]$/u.test(escaped) ? null : { character: escaped, end: at + 2 };
}

function startCharacter(character: string): string {
  return String.fromCharCode(startUnit(character.charCodeAt(0)));
}

function readQuantifier(source: string, at: number): { minimum: number; maximum: number; end: number } {
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
  let quantifier = { minimum: 1, maximum: 1, end: at };
  if (source[at] === '?') quantifier = { minimum: 0, maximum: 1, end: at + 1 };
  else if (source[at] === '*') quantifier = { minimum: 0, maximum: Infinity, end: at + 1 };
  else if (source[at] === '+') quantifier = { minimum: 1, maximum: Infinity, end: at + 1 };
  else if (braces) {
    const minimum = Number(braces[1]);
    const maximum = braces[2] === undefined ? minimum : braces[3] ? Number(braces[3]) : Infinity;
    quantifier = { minimum, maximum, end: at + braces[0].length };
  }
  // A lazy quantifier matches the same strings.
  if (quantifier.end > at && source[quantifier.end] === '?') quantifier.end += 1;
  return quantifier;
}

/** The top-level alternatives of `source`, split at `|` outside groups and classes. */
function splitAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  forEachSyntaxCharacter(source, (character, index) => {
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
    return true;
  });
  alternatives.push(source.slice(start));
  return alternatives;
}

/** The index of the `)` that closes the group `source` starts with, or -1. */
function closingParenthesis(source: string): number {
  let depth = 0;
  let close = -1;
  forEachSyntaxCharacter(source, (character, index) => {
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    if (depth > 0) return true;
    close = index;
    return false;
  });
  return close;
}

/** Calls `visit` with each character that is syntax, skipping escapes and classes, until it returns false. */
function forEachSyntaxCharacter(source: string, visit: (character: string, index: number) => boolean): void {
  let isInClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] as string;
    if (character === '\\') index += 1;
    else if (isInClass) isInClass = character !== ']';
    else if (character === '[') isInClass = true;
    else if (!visit(character, index)) return;
  }
}
