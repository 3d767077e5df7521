import { htmlEntityCodePoints } from './html-entities.ts';

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Makes the references of a feed valid XML before it reaches the XML parser, which fails the whole feed on
 * an undeclared entity (`&rsquo;`, copied from HTML) or a bare `&` (`Δήμος Αθηναίων & ΚΕΔΕ`): HTML names
 * become numeric references, anything else becomes literal text. CDATA sections are left alone, as XML does.
 */
export function repairXmlReferences(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/&(#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, repairReference)))
    .join('');
}

function repairReference(match: string, reference: string | undefined): string {
  if (!reference) return '&amp;';
  if (reference.startsWith('#')) return match;
  const name = reference.slice(0, -1);
  if (xmlEntities.has(name)) return match;
  const codePoint = htmlEntityCodePoints.get(name);
  return codePoint === undefined ? `&amp;${reference}` : `&#${codePoint};`;
}
