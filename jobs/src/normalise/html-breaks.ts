// Sentinels for breaks while whitespace is collapsed: Unicode's line and paragraph separators, and a
// private-use character for <br>, because two <br> in a row are a paragraph break and two list items are not.
export const lineBreak = '\u2028';
export const paragraphBreak = '\u2029';
const brBreak = '\ue000';

const paragraphElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dl', 'div', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul',
]);
const lineElements = new Set(['caption', 'dd', 'dt', 'li', 'tr', 'option']);
const cellElements = new Set(['td', 'th']);

/** The break an element puts before and after its content (only before, for <br>, which has none). */
export function breakAround(elementName: string): string {
  if (elementName === 'br') return brBreak;
  if (paragraphElements.has(elementName)) return paragraphBreak;
  if (lineElements.has(elementName)) return lineBreak;
  if (cellElements.has(elementName)) return ' ';
  return '';
}

/** Text with break sentinels as plain text: whitespace collapsed, runs of breaks as one line or paragraph break. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '')
    // A lone space stays as it is: it is most of them, and replacing each one costs.
    .replace(/[^\S\u2028\u2029]{2,}|[^\S \u2028\u2029]/g, ' ')
    .replace(/[ \u2028\u2029\ue000]*[\u2028\u2029\ue000][ \u2028\u2029\ue000]*/g, (run) =>
      run.includes(paragraphBreak) || run.split(brBreak).length > 2 ? '\n\n' : '\n',
    )
    .trim();
}
