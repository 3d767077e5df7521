import { Marked } from 'marked';
import { safeHref } from './safe-href.ts';
import { sanitizeFragment } from './sanitize-fragment.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// One instance of our own, so that no other code's `marked.use(...)` changes how practices render.
const markdown = new Marked({
  gfm: true,
  renderer: {
    // Raw HTML in the source is shown as the text it is, never passed on as markup: the author sees what did
    // not render, and the sanitiser after this is a second wall rather than the only one.
    html: ({ text }) => escapeHtml(text),
    // A link to anywhere but http, https or mailto keeps its words and loses its target.
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      const target = safeHref(href);
      return target ? `<a href="${escapeHtml(target)}">${text}</a>` : text;
    },
    // Pages show no images from elsewhere (privacy, and the page's CSP): an image becomes a link to it.
    image({ href, text }) {
      const target = safeHref(href);
      const label = escapeHtml(text || href);
      return target ? `<a href="${escapeHtml(target)}">${label}</a>` : label;
    },
  },
});

/** Markdown as written by a coordinator, as HTML that is safe to insert into a page. */
export function renderMarkdown(source: string): string {
  return sanitizeFragment(markdown.parse(source, { async: false }));
}
