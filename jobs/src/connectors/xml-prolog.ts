export interface XmlProlog {
  /** Name of the root element as written (`rss`, `feed`, `rdf:RDF`, `html` …), or null when there is none. */
  root: string | null;
  /** Whether a DOCTYPE declares entities: feeds never need to, and entity expansion is how XML bombs work. */
  declaresEntities: boolean;
}

/** Reads what comes before the root element (declaration, comments, processing instructions, DOCTYPE). */
export function readXmlProlog(xml: string): XmlProlog {
  let rest = xml.replace(/^\uFEFF/, '');
  let declaresEntities = false;
  for (;;) {
    rest = rest.trimStart();
    const skipped =
      skipPast(rest, '<?', '?>') ??
      skipPast(rest, '<!--', '-->') ??
      (/^<!DOCTYPE/i.test(rest) ? skipDoctype(rest) : null);
    if (skipped === null) break;
    declaresEntities ||= /<!ENTITY/i.test(skipped.declaration);
    rest = skipped.rest;
  }
  return { root: /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1] ?? null, declaresEntities };
}

function skipPast(text: string, open: string, close: string): { declaration: string; rest: string } | null {
  if (!text.startsWith(open)) return null;
  const end = text.indexOf(close, open.length);
  if (end === -1) return { declaration: text, rest: '' };
  return { declaration: text.slice(0, end + close.length), rest: text.slice(end + close.length) };
}

/** A DOCTYPE ends at the first `>` after its internal subset `[ … ]`, if it has one. */
function skipDoctype(text: string): { declaration: string; rest: string } {
  const subsetStart = text.indexOf('[');
  const firstClose = text.indexOf('>');
  const searchFrom = subsetStart !== -1 && subsetStart < firstClose ? Math.max(text.indexOf(']', subsetStart), subsetStart) : 0;
  const end = text.indexOf('>', searchFrom);
  if (end === -1) return { declaration: text, rest: '' };
  return { declaration: text.slice(0, end + 1), rest: text.slice(end + 1) };
}
