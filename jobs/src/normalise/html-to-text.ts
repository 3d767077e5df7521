import { load } from 'cheerio';
import { breakAround, collapseWhitespace, lineBreak, paragraphBreak } from './html-breaks.ts';
import { readSimpleHtml } from './simple-html.ts';

const skippedElements = new Set(['head', 'title', 'meta', 'link', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas']);

const markupPattern = /<\/?[a-z][^>]*>|<!--/i;
// What would make plain text more than spaces to collapse: markup, references, line breaks, characters
// collapseWhitespace drops or takes for a break, and NUL, which the parser drops.
const notPlainText = /[<&\r\n\0\u00ad\u200b\u200c\u200d\u2060\u2028\u2029\ue000]/;

/**
 * Plain text of HTML from a source (or of plain text carrying entities such as `&rsquo;`): scripts and
 * styles dropped, block elements as line or paragraph breaks, whitespace collapsed, entities decoded.
 * Never throws: the HTML parser accepts any input.
 */
export function htmlToText(html: string): string {
  // Most titles are plain text, which comes out with its spaces collapsed.
  if (!notPlainText.test(html)) return html.replace(/\s+/g, ' ').trim();
  // Text without markup keeps its own line breaks, which an HTML parser would collapse.
  const input = markupPattern.test(html) ? html : html.replace(/\r\n?/g, '\n').replace(/\n[^\S\n]*\n\s*/g, paragraphBreak).replace(/\n/g, lineBreak);
  return collapseWhitespace((readSimpleHtml(input) ?? readParsedHtml(input)).join(''));
}

/**
 * The text and breaks of any HTML, as an HTML parser reads it. The walk is iterative because cheerio's own
 * `.text()` recurses and overflows the stack on a few thousand nested elements.
 */
function readParsedHtml(html: string): string[] {
  const $ = load(html, null, false);
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
  return parts;
}
