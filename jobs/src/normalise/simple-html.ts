import { breakAround } from './html-breaks.ts';

// Elements an HTML parser takes as written when they are properly nested and closed. Blocks end an open <p>,
// so none may start inside one; other elements, tables and lists of definitions have rules of their own.
const phrasingElements = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'figcaption', 'figure', 'footer', 'header', 'main', 'nav', 'ol',
  'p', 'section', 'ul', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const voidElements = new Set(['br', 'hr', 'img', 'wbr']);
// A new <li> closes an open one unless a block other than these stands between them (phrasing elements do not count).
const transparentToListItems = new Set(['address', 'div', 'p']);

const htmlWhitespace = '[\\t\\n\\f\\r ]';
const attribute = `${htmlWhitespace}+[^\\t\\n\\f\\r "'>/=]+(?:${htmlWhitespace}*=${htmlWhitespace}*(?:"[^"]*"|'[^']*'|[^\\t\\n\\f\\r "'=<>\`]+))?`;
const startTagPattern = new RegExp(`<([a-zA-Z][a-zA-Z\\d]*)(?:${attribute})*${htmlWhitespace}*(/?)>`, 'y');
const endTagPattern = new RegExp(`</([a-zA-Z][a-zA-Z\\d]*)${htmlWhitespace}*>`, 'y');

const namedCharacters = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'], ['shy', '\u00ad'],
  ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'],
  ['bdquo', '„'], ['laquo', '«'], ['raquo', '»'], ['hellip', '…'], ['euro', '€'], ['middot', '·'], ['bull', '•'],
  ['deg', '°'], ['copy', '©'], ['reg', '®'], ['trade', '™'],
]);
const referencePattern = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]*));/y;

/**
 * The text and breaks of HTML simple enough to read without a parser, exactly as the parser would give them,
 * or null for anything else. Feeds mostly send a few paragraphs with emphasis, links, lists and <br>, and
 * building a document for them cost most of the time a call took to normalise. Qualifies: the elements above,
 * each closed by its own end tag or by the end of the input; no block inside a paragraph, heading in a heading,
 * list item in a list item or link in a link; character references of the list above, or numeric ones for
 * printable characters, each with its semicolon. Comments, scripts, NUL characters and the rest go to the parser.
 */
export function readSimpleHtml(html: string): string[] | null {
  if (html.includes('\0')) return null;
  const parts: string[] = [];
  const open = new OpenElements();
  let position = 0;
  while (position < html.length) {
    const tagStart = html.indexOf('<', position);
    const textEnd = tagStart < 0 ? html.length : tagStart;
    if (textEnd > position) {
      const text = decodeText(html.slice(position, textEnd));
      if (text === null) return null;
      parts.push(text);
    }
    if (tagStart < 0) break;
    const next = html.charAt(tagStart + 1);
    if (next === '!' || next === '?') return null;
    if (/[a-zA-Z]/.test(next)) position = readStartTag(html, tagStart, open, parts);
    else if (next === '/') position = readEndTag(html, tagStart, open, parts);
    else {
      // `<` before anything but a letter, `/`, `!` or `?` is text.
      parts.push('<');
      position = tagStart + 1;
    }
    if (position < 0) return null;
  }
  for (let name = open.pop(); name !== undefined; name = open.pop()) parts.push(breakAround(name));
  return parts;
}

/** Reads the start tag at `at` into `parts` and `open`; the position after it, or -1 when it does not qualify. */
function readStartTag(html: string, at: number, open: OpenElements, parts: string[]): number {
  startTagPattern.lastIndex = at;
  const tag = startTagPattern.exec(html);
  const name = tag?.[1]?.toLowerCase() ?? '';
  if (!tag || !open.canOpen(name)) return -1;
  const separator = breakAround(name);
  if (voidElements.has(name)) {
    // <br> has no content, so no break after it; the others break on both sides of nothing.
    parts.push(name === 'br' ? separator : separator + separator);
  } else {
    if (tag[2] === '/') return -1;
    parts.push(separator);
    open.push(name);
  }
  return at + tag[0].length;
}

function readEndTag(html: string, at: number, open: OpenElements, parts: string[]): number {
  endTagPattern.lastIndex = at;
  const tag = endTagPattern.exec(html);
  const name = tag?.[1]?.toLowerCase();
  if (!tag || name === undefined || open.current() !== name) return -1;
  open.pop();
  parts.push(breakAround(name));
  return at + tag[0].length;
}

/** The elements open at a point of the input, with what the rules above ask of them kept as they open and close. */
class OpenElements {
  private readonly names: string[] = [];
  // Per open element: whether a new <li> there would close an open one.
  private readonly isInListItem: boolean[] = [];
  private readonly counts = new Map<string, number>();

  canOpen(name: string): boolean {
    if (!phrasingElements.has(name) && !blockElements.has(name) && !voidElements.has(name)) return false;
    if ((blockElements.has(name) || name === 'hr') && this.has('p')) return false;
    if (headingElements.has(name) && [...headingElements].some((heading) => this.has(heading))) return false;
    if (name === 'a' && this.has('a')) return false;
    return name !== 'li' || !this.isInListItem.at(-1);
  }

  push(name: string): void {
    const isBlock = blockElements.has(name) && !transparentToListItems.has(name);
    this.isInListItem.push(name === 'li' || (!isBlock && (this.isInListItem.at(-1) ?? false)));
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  pop(): string | undefined {
    const name = this.names.pop();
    this.isInListItem.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }

  current(): string | undefined {
    return this.names.at(-1);
  }

  private has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
}

/** Text with its character references decoded, or null for one this reader does not know. */
function decodeText(text: string): string | null {
  if (!text.includes('&')) return text;
  let decoded = '';
  let position = 0;
  for (let ampersand = text.indexOf('&'); ampersand >= 0; ampersand = text.indexOf('&', position)) {
    decoded += text.slice(position, ampersand);
    referencePattern.lastIndex = ampersand;
    const reference = referencePattern.exec(text);
    if (reference) {
      const [whole, decimal, hexadecimal, name] = reference;
      const character = name === undefined ? printableCharacter(decimal === undefined ? parseInt(hexadecimal ?? '', 16) : Number(decimal)) : namedCharacters.get(name);
      if (character === undefined) return null;
      decoded += character;
      position = ampersand + whole.length;
    } else if (/[a-zA-Z\d#]/.test(text[ampersand + 1] ?? '')) {
      // A reference without its semicolon, or an odd one: the parser has rules for those.
      return null;
    } else {
      decoded += '&';
      position = ampersand + 1;
    }
  }
  return decoded + text.slice(position);
}

/** The character of a numeric reference, unless the parser would replace or object to it (controls, surrogates, noncharacters). */
function printableCharacter(codePoint: number): string | undefined {
  const isPrintable =
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0x10ffff && !(codePoint >= 0xfdd0 && codePoint <= 0xfdef) && (codePoint & 0xfffe) !== 0xfffe);
  return isPrintable ? String.fromCodePoint(codePoint) : undefined;
}
