const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * A link's target when it is an absolute http, https or mailto URL, normalised as the WHATWG parser (the
 * browser's) reads it, so that tabs, entities or odd case in `java\tScript:` cannot make the browser follow
 * something other than what was checked here; null for anything else, relative addresses included.
 */
export function safeHref(href: string | undefined | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return allowedProtocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
