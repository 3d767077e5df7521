/**
 * The one folding of Greek and Latin text for comparison and search: accents, dialytika and case
 * removed, final sigma as σ. SQLite's unicode61 tokenizer folds Latin accents only, so indexing and
 * querying must both go through this function (see PITFALLS.md, "Greek text and FTS5").
 */
export function foldText(text: string): string {
  return foldByUnit(text, false) ?? foldWhole(text);
}

/** foldText with every run of whitespace as one space, in the same pass. */
export function foldAndCollapseWhitespace(text: string): string {
  return foldByUnit(text, true) ?? foldWhole(text).replace(/\s+/g, ' ');
}

function foldWhole(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('el')
    .replace(/ς/g, 'σ');
}

// Every call is folded, and folding the whole string (normalising twice, lower-casing by locale) costs several
// times more than looking each character up. The two agree wherever characters do not combine with their
// neighbours once marks are dropped: everywhere but Hangul, whose jamo compose into syllables, and beyond the
// Basic Multilingual Plane, which are left to the whole folding.
const notFoldedYet = -1;
const foldsToNothing = -2;
const foldsToMore = -3;
// Added to a folded character that is whitespace, so that one lookup answers both questions.
const whitespaceFlag = 0x10000;
const foldedUnits = new Int32Array(0x10000).fill(notFoldedYet);
let output = new Uint16Array(1024);
// String.fromCharCode takes the characters as arguments, of which engines allow only so many.
const argumentsLimit = 8192;

function foldByUnit(text: string, collapsesWhitespace: boolean): string | null {
  if (output.length < text.length) output = new Uint16Array(text.length * 2);
  let length = 0;
  let isAfterWhitespace = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    let folded = foldedUnits[unit] as number;
    if (folded === notFoldedYet) foldedUnits[unit] = folded = foldUnit(unit);
    if (folded >= whitespaceFlag && collapsesWhitespace) {
      if (!isAfterWhitespace) output[length++] = 0x20;
      isAfterWhitespace = true;
    } else if (folded >= 0) {
      output[length++] = folded & 0xffff;
      isAfterWhitespace = false;
    } else if (folded === foldsToMore) {
      return null;
    }
  }
  let folded = '';
  for (let start = 0; start < length; start += argumentsLimit) {
    folded += String.fromCharCode.apply(null, output.subarray(start, Math.min(length, start + argumentsLimit)) as unknown as number[]);
  }
  return folded;
}

function foldUnit(unit: number): number {
  const isHangul = (unit >= 0x1100 && unit <= 0x11ff) || (unit >= 0xa960 && unit <= 0xa97f) || (unit >= 0xac00 && unit <= 0xd7ff);
  const isSurrogate = unit >= 0xd800 && unit <= 0xdfff;
  if (isHangul || isSurrogate) return foldsToMore;
  const folded = foldWhole(String.fromCharCode(unit));
  if (folded.length > 1) return foldsToMore;
  if (folded.length === 0) return foldsToNothing;
  return folded.charCodeAt(0) + (/\s/.test(folded) ? whitespaceFlag : 0);
}
