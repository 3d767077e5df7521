/**
 * The one folding of Greek and Latin text for comparison and search: accents, dialytika and case
 * removed, final sigma as σ. SQLite's unicode61 tokenizer folds Latin accents only, so indexing and
 * querying must both go through this function (see PITFALLS.md, "Greek text and FTS5").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('el')
    .replace(/ς/g, 'σ');
}
