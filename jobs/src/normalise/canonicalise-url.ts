// Parameters that follow a reader, not a document.
const trackingParameters = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', 'igshid', '_ga', '_gl', '_hsenc', '_hsmi']);
const trackingPrefixes = ['utm_', 'pk_', 'mtm_'];

/**
 * One spelling of a URL, to recognise the same page linked twice: lower-case host, no default port, no
 * fragment, no trailing slash, no tracking parameters (utm_*, fbclid …), other parameters sorted. Meaningful
 * parameters such as espa.gr's `item=` stay. Something that is not an absolute URL is returned trimmed.
 */
export function canonicaliseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const kept = [...parsed.searchParams].filter(
    ([name]) => !trackingParameters.has(name.toLowerCase()) && !trackingPrefixes.some((prefix) => name.toLowerCase().startsWith(prefix)),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  const path = parsed.pathname.replace(/\/+$/, '');
  // URL already lower-cases the host and drops default ports.
  return `${parsed.protocol}//${parsed.host}${path}${query ? `?${query}` : ''}`;
}
