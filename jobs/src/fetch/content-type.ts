/** Splits a Content-Type header into its lower-cased media type and charset parameter. */
export function parseContentType(header: string | null | undefined): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [mediaType = ''] = header.split(';');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header)?.[1] ?? null;
  return { mediaType: mediaType.trim().toLowerCase() || null, charset: charset?.toLowerCase() ?? null };
}
