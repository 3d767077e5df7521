import type { Theme } from './api-types.ts';

// Why a lesson was offered for a call or a proposal. The API says it in short English sentences
// (db/src/lessons/rank-lessons.ts): "Same programme: ESF+", "Same funder", "Shared theme: housing",
// "Similar words: a, b". They are read back here so that the page can say them in either language.

export type LessonReason =
  | { kind: 'programme' }
  | { kind: 'funder' }
  /** `theme`: the theme's slug when it is known, else the name the API wrote. */
  | { kind: 'theme'; theme: string }
  | { kind: 'words'; words: string[] }
  /** A sentence this version does not know (a newer API): shown as the API wrote it. */
  | { kind: 'other'; text: string };

export function readLessonReason(reason: string, themes: readonly Theme[]): LessonReason {
  if (/^Same programme\b/.test(reason)) return { kind: 'programme' };
  if (/^Same funder\b/.test(reason)) return { kind: 'funder' };
  const theme = /^Shared theme: (.+)$/.exec(reason)?.[1]?.trim();
  if (theme) {
    const known = themes.find((candidate) => candidate.slug === theme || candidate.name.toLocaleLowerCase('en') === theme.toLocaleLowerCase('en'));
    return { kind: 'theme', theme: known?.slug ?? theme };
  }
  const words = /^Similar words: (.+)$/.exec(reason)?.[1];
  if (words) return { kind: 'words', words: words.split(',').map((word) => word.trim()).filter(Boolean) };
  return { kind: 'other', text: reason };
}
