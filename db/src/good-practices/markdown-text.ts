/**
 * The words a reader sees in a Markdown text, for the search index: link and image targets, autolinks, raw
 * tags and reference definitions go, so that `https`, `www` or a path never make a practice match. The
 * remaining Markdown punctuation (`#`, `*`, `|`, backticks) is dropped by the search analysis itself.
 */
export function markdownToSearchText(markdown: string): string {
  return (
    markdown
      // [label]: https://… "title" — a reference definition, never shown.
      .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, ' ')
      // ](https://… "title") — the target of an inline link or image; the label before it stays.
      .replace(/\]\([^)\n]*\)/g, '] ')
      // <https://…>, <someone@example.gr>, <b>, </p>, <!-- … -->: autolinks, raw tags and comments.
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[A-Za-z][^<>\n]*>/g, ' ')
      // Bare web addresses, which GFM turns into links.
      .replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ')
  );
}
