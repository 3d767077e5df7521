import type { HighlightedText } from './api-types.ts';

/** A run of text, marked when it matched the search. */
export interface TextPiece {
  text: string;
  isMatch: boolean;
}

/**
 * Cuts a text into plain and matched pieces from the API's [start, end) ranges, so that the page builds
 * <mark> elements from text nodes and never parses markup. Ranges may come unsorted, overlapping or past
 * the end (the text may have been cut into a snippet): they are clamped and merged, empty ones dropped.
 */
export function splitHighlights(text: string, ranges: readonly (readonly [number, number])[]): TextPiece[] {
  const clamped = ranges
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => Number.isInteger(start) && Number.isInteger(end) && end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const merged: [number, number][] = [];
  for (const [start, end] of clamped) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const pieces: TextPiece[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    if (start > position) pieces.push({ text: text.slice(position, start), isMatch: false });
    pieces.push({ text: text.slice(start, end), isMatch: true });
    position = end;
  }
  if (position < text.length || pieces.length === 0) pieces.push({ text: text.slice(position), isMatch: false });
  return pieces;
}

/** The pieces of a highlighted text as the API sends it; a missing or malformed value is plain text. */
export function piecesOf(value: HighlightedText | undefined, fallback: string): TextPiece[] {
  if (!value || typeof value.text !== 'string') return [{ text: fallback, isMatch: false }];
  const ranges = Array.isArray(value.highlights)
    ? value.highlights.filter(
        (range): range is [number, number] =>
          Array.isArray(range) && typeof range[0] === 'number' && typeof range[1] === 'number',
      )
    : [];
  return splitHighlights(value.text, ranges);
}
