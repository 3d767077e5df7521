/**
 * A link from the API (a notification's) as a path inside this app, or null: only "/…" paths are followed,
 * never "//host", "/\host" or an absolute address, so that stored data cannot send anyone elsewhere.
 */
export function toInAppPath(link: string | null | undefined): string | null {
  if (typeof link !== 'string' || !link.startsWith('/')) return null;
  if (link.startsWith('//') || link.startsWith('/\\') || /[\u0000-\u001f]/.test(link)) return null;
  return link;
}
