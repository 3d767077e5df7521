/**
 * Where to go after logging in. Only paths inside this app are accepted: `?next=//evil.example`
 * or `?next=https://…` would otherwise turn the login page into an open redirect.
 */
export function readNextPath(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  if (candidate === '/login' || candidate.startsWith('/login?') || candidate.startsWith('/login/')) return '/';
  return candidate;
}

/** The login address that brings the user back to `path` afterwards. */
export function buildLoginPath(path: string): string {
  const next = readNextPath(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
