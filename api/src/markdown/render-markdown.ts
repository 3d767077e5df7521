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

// Some bodies within the size limit take marked seconds (50,000 `!` about 10 s), and bodies render on every
// read: each distinct body is rendered once per process. Least recently used bodies leave first.
const rendered = new Map<string, string>();
const renderedLimit = 200;

/** Markdown as written by a coordinator, as HTML that is safe to insert into a page. */
export function renderMarkdown(source: string): string {
  const known = rendered.get(source);
  if (known !== undefined) {
    rendered.delete(source);
    rendered.set(source, known);
    return known;
  }
  const html = renderUncached(source);
  rendered.set(source, html);
  if (rendered.size > renderedLimit) rendered.delete(rendered.keys().next().value!);
  return html;
}

function renderUncached(source: string): string {
  let html: string;
  try {
    html = markdown.parse(source, { async: false });
  } catch (error) {
    // marked recurses once per level of nesting and overflows the stack on a few thousand (`>>>…`, `1. 1. …`,
    // well under the 50,000 characters a body may hold). Such a body is shown as its text: otherwise saving it
    // fails with a 500 after the row is written, and so does every read of it, as bodies render on the way out.
    if (!(error instanceof RangeError)) throw error;
    html = `<p>${escapeHtml(source)}</p>`;
  }
  return sanitizeFragment(html);
}
