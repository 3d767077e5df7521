// "@Ma" at the end of a comment being typed: the start of a mention of a colleague, completed from the
// proposal's people. The API notifies whoever is named after an @ by name or e-mail.

/** The words typed after the last "@" at the end of the text, or null when no mention is being typed. */
export function readMentionQuery(text: string): string | null {
  const match = /(?:^|\s)@([^\s@]*(?: [^\s@]+)?)$/u.exec(text);
  return match ? (match[1] ?? '') : null;
}

/** The people whose name starts with (or contains) what is typed after the "@", at most five. */
export function suggestPeople<Person extends { name: string }>(people: readonly Person[], query: string): Person[] {
  const wanted = query.toLocaleLowerCase();
  return people.filter((person) => person.name.toLocaleLowerCase().includes(wanted)).slice(0, 5);
}

/** Replaces the mention being typed at the end of the text by the person's whole name. */
export function completeMention(text: string, name: string): string {
  const query = readMentionQuery(text);
  if (query === null) return text;
  return `${text.slice(0, text.length - query.length)}${name} `;
}
