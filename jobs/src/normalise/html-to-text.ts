import { load } from 'cheerio';

// Sentinels for breaks while whitespace is collapsed: Unicode's line and paragraph separators, and a
// private-use character for <br>, because two <br> in a row are a paragraph break and two list items are not.
const lineBreak = '\u2028';
const paragraphBreak = '\u2029';
const brBreak = '\ue000';

const skippedElements = new Set(['head', 'title', 'meta', 'link', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas']);
const paragraphElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dl', 'div', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul',
]);
const lineElements = new Set(['caption', 'dd', 'dt', 'li', 'tr', 'option']);
const cellElements = new Set(['td', 'th']);

const markupPattern = /<\/?[a-z][^>]*>|<!--/i;

/**
 * Plain text of HTML from a source (or of plain text carrying entities such as `&rsquo;`): scripts and
 * styles dropped, block elements as line or paragraph breaks, whitespace collapsed, entities decoded.
 * Never throws: the HTML parser accepts any input, and the walk below is iterative because cheerio's
 * own `.text()` recurses and overflows the stack on a few thousand nested elements.
 */
export function htmlToText(html: string): string {
  // Text without markup keeps its own line breaks, which an HTML parser would collapse.
  const input = markupPattern.test(html) ? html : html.replace(/\r\n?/g, '\n').replace(/\n[^\S\n]*\n\s*/g, paragraphBreak).replace(/\n/g, lineBreak);
  const $ = load(input, null, false);
  const parts: string[] = [];
  const nodes = $.root().contents().toArray();
  // Elements are followed on the stack by the break that closes them.
  const stack: Array<(typeof nodes)[number] | string> = nodes.reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      parts.push(item);
    } else if (item.type === 'text') {
      parts.push(item.data);
    } else if (item.type === 'tag' && !skippedElements.has(item.name)) {
      const separator = breakAround(item.name);
      parts.push(separator);
      if (item.name === 'br') continue;
      stack.push(separator);
      for (let index = item.children.length - 1; index >= 0; index -= 1) {
        const child = item.children[index];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return collapseWhitespace(parts.join(''));
}

function breakAround(elementName: string): string {
  if (elementName === 'br') return brBreak;
  if (paragraphElements.has(elementName)) return paragraphBreak;
  if (lineElements.has(elementName)) return lineBreak;
  if (cellElements.has(elementName)) return ' ';
  return '';
}

function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '')
    .replace(/[^\S\u2028\u2029]+/g, ' ')
    .replace(/[ \u2028\u2029\ue000]*[\u2028\u2029\ue000][ \u2028\u2029\ue000]*/g, (run) =>
      run.includes(paragraphBreak) || run.split(brBreak).length > 2 ? '\n\n' : '\n',
    )
    .trim();
}
