import * as Y from 'yjs';

/** The section's rich text, as y-prosemirror and Tiptap's collaboration extension store it. */
export const contentFragmentName = 'content';

function inlineText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return node
      .toDelta()
      .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement) {
    // A hard break inside a paragraph is a line break in the text as well.
    if (node.nodeName === 'hardBreak') return '\n';
    return node.toArray().map(inlineText).join('');
  }
  return '';
}

function collectLines(parent: Y.XmlFragment | Y.XmlElement, lines: string[]): void {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      lines.push(inlineText(child));
    } else if (child instanceof Y.XmlElement) {
      // A block holding text directly is a text block (paragraph, heading); others (lists, quotes) hold blocks.
      if (child.toArray().some((grandchild) => grandchild instanceof Y.XmlText)) lines.push(inlineText(child));
      else collectLines(child, lines);
    }
  }
}

/** One line per text block, in document order: what search, export and GET of a section see. */
export function sectionPlainText(doc: Y.Doc): string {
  const lines: string[] = [];
  collectLines(doc.getXmlFragment(contentFragmentName), lines);
  return lines.join('\n');
}
