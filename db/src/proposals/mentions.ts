import { foldAndCollapseWhitespace } from '../search/fold-text.ts';

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

/**
 * People a comment mentions as `@e-mail` or `@Full Name`, compared without case and accents so that
 * `@ελενη παπαδοπουλου` finds Ελένη Παπαδοπούλου.
 */
export function findMentions(body: string, people: readonly Mentionable[]): Mentionable[] {
  const text = foldAndCollapseWhitespace(body);
  return people.filter((person) =>
    [person.email, person.name].some((handle) => {
      const needle = `@${foldAndCollapseWhitespace(handle)}`;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        // A mention ends where the handle ends: `@anna` must not match `@annabel`.
        if (!/[\p{L}\p{N}_@-]/u.test(text.charAt(at + needle.length))) return true;
      }
      return false;
    }),
  );
}
