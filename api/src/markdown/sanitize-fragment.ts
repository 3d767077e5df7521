import sanitizeHtml from 'sanitize-html';
import { safeHref } from './safe-href.ts';

const allowedTags = ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const cellAlignment = { name: 'align', multiple: false, values: ['left', 'center', 'right'] };

const options: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: { a: ['href', 'rel'], th: [cellAlignment], td: [cellAlignment] },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  disallowedTagsMode: 'discard',
  // Their content is code or markup, never text to show.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href);
      // The Markdown renderer already turned unsafe links into text; anything else reaching here loses its target.
      if (!href) return { tagName: 'a', attribs: {} };
      // No target: links open in the same tab, and other sites get neither the opener nor the referrer.
      return { tagName: 'a', attribs: { href, rel: 'noopener noreferrer nofollow' } };
    },
  },
};

/** Rendered Markdown reduced to a fixed set of tags and attributes: what may be inserted into a page as HTML. */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, options);
}
