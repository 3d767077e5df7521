/** Text to match literally inside a regular expression. */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal alternatives for a regular expression, longest first so that `sept` is tried before `sep`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeForPattern).join('|');
}
