import { parseContentType } from './content-type.ts';
import type { FetchedDocument } from './types.ts';

const byteOrderMarks: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/**
 * Decodes a fetched document to text. Greek sources still publish windows-1253 and ISO-8859-7, which
 * rss-parser would read as UTF-8, so the charset is taken, in order, from a byte order mark (it cannot
 * be wrong), the Content-Type header, the XML prolog or an HTML <meta> in the first 1024 bytes, else UTF-8.
 */
export function decodeText(document: FetchedDocument): string {
  const { bytes } = document;
  const bom = byteOrderMarks.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte));
  if (bom) return decode(bytes.subarray(bom.bytes.length), bom.encoding);
  const label = document.charset ?? parseContentType(document.contentType).charset ?? declaredCharset(bytes) ?? 'utf-8';
  return decode(bytes, label);
}

/** The encoding an XML prolog or an HTML <meta> declares near the start of the document. */
function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one character, so ASCII markup reads the same whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const label =
    /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ??
    /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return null;
  // A declaration readable as ASCII cannot be telling the truth about UTF-16 (the HTML standard's rule).
  return /^utf-?16/i.test(label.trim()) ? 'utf-8' : label.trim();
}

function decode(bytes: Uint8Array, label: string): string {
  // ignoreBOM keeps a U+FEFF that is content; a leading mark was already removed by decodeText.
  try {
    return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  } catch {
    // An unknown label (a typo in a feed's prolog) must not lose the whole feed: read it as UTF-8.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
}
