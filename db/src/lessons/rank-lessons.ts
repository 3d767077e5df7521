import type { Programme } from '../schema/index.ts';
import { analyseText, isSearchWord, stemWord, textWords } from '../search/analyse-text.ts';
import { foldAndCollapseWhitespace } from '../search/fold-text.ts';
import { genericFundingWords } from '../matching/generic-words.data.ts';
import { programmeLabels } from '../matching/match-reason.ts';

/** What lessons are ranked for: a call, or a proposal read as its call or its own title and template. */
export interface LessonTarget {
  programme: Programme | null;
  funder: string | null;
  themes: readonly string[];
  /** The call's title and summary, or the proposal's title. */
  text: string;
}

/** A call as lessons are ranked for it: its programme, funder and themes, and the words of its title and summary. */
export function callAsLessonTarget(call: { programme: Programme; funder: string | null; themes: readonly string[]; title: string; summary: string }): LessonTarget {
  return { programme: call.programme, funder: call.funder, themes: call.themes, text: `${call.title}\n${call.summary}` };
}

/** Why a lesson was offered, as data: clients say it in their own language; `reasons` say it in English. */
export type LessonReason =
  | { kind: 'programme'; programme: Programme }
  | { kind: 'funder' }
  | { kind: 'theme'; theme: string }
  | { kind: 'words'; words: string[] };

function describeLessonReason(reason: LessonReason, themeNames?: ReadonlyMap<string, string>): string {
  switch (reason.kind) {
    case 'programme':
      return `Same programme: ${programmeLabels[reason.programme]}`;
    case 'funder':
      return 'Same funder';
    case 'theme':
      return `Shared theme: ${(themeNames?.get(reason.theme) ?? reason.theme).toLocaleLowerCase('en')}`;
    case 'words':
      return `Similar words: ${reason.words.join(', ')}`;
  }
}

export interface RankableLesson {
  programme: Programme;
  funder: string | null;
  themes: readonly string[];
  /** `lessons.search_terms`: the lesson's stems, space-separated. */
  searchTerms: string;
  createdAt: string;
}

/**
 * The weighting, on a 0..1 scale. The programme decides first: its weight is above everything else together
 * (0.2 + 0.15 + 0.1 = 0.45 < 0.55), so a lesson of the same programme always ranks above one of another
 * programme, whatever the words. Then the same funder, up to two shared themes, up to four shared words.
 */
export const lessonWeights = { programme: 0.55, funder: 0.2, perTheme: 0.075, maxThemes: 2, perWord: 0.025, maxWords: 4 } as const;

// 'other' says only that the programme is unknown: two unknowns are not the same programme.
const unknownProgramme: Programme = 'other';
const genericStems = new Set(genericFundingWords.flatMap((word) => analyseText(word)));

/** The target's meaningful stems, each with the first word it was written as, for the reason sentence. */
function wordsOf(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of textWords(text)) {
    if (!isSearchWord(word.folded)) continue;
    const stem = stemWord(word.folded);
    if (!genericStems.has(stem) && !words.has(stem)) words.set(stem, text.slice(word.start, word.end).toLocaleLowerCase('el'));
  }
  return words;
}

/**
 * Lessons for a call or a proposal, best first, each with its relevance and the reasons as short English
 * sentences. A lesson that shares nothing (programme, funder, theme or word) is left out. Ties go to the newer
 * lesson. Callers pass only lessons the actor may read.
 */
export function rankLessons<T extends RankableLesson>(
  target: LessonTarget,
  candidates: readonly T[],
  { limit = 10, themeNames }: { limit?: number; themeNames?: ReadonlyMap<string, string> } = {},
): Array<T & { relevance: number; details: LessonReason[]; reasons: string[] }> {
  const targetWords = wordsOf(target.text);
  const targetFunder = target.funder ? foldAndCollapseWhitespace(target.funder).trim() : null;
  const ranked = candidates.flatMap((lesson) => {
    let relevance = 0;
    const details: LessonReason[] = [];
    if (target.programme !== null && target.programme !== unknownProgramme && lesson.programme === target.programme) {
      relevance += lessonWeights.programme;
      details.push({ kind: 'programme', programme: lesson.programme });
    }
    if (targetFunder && lesson.funder && foldAndCollapseWhitespace(lesson.funder).trim() === targetFunder) {
      relevance += lessonWeights.funder;
      details.push({ kind: 'funder' });
    }
    const themes = lesson.themes.filter((theme) => target.themes.includes(theme));
    relevance += lessonWeights.perTheme * Math.min(themes.length, lessonWeights.maxThemes);
    for (const theme of themes) details.push({ kind: 'theme', theme });
    const lessonStems = new Set(lesson.searchTerms.split(' '));
    const shared = [...targetWords].filter(([stem]) => lessonStems.has(stem)).map(([, word]) => word);
    relevance += lessonWeights.perWord * Math.min(shared.length, lessonWeights.maxWords);
    if (shared.length > 0) details.push({ kind: 'words', words: shared.slice(0, lessonWeights.maxWords) });
    if (details.length === 0) return [];
    const reasons = details.map((reason) => describeLessonReason(reason, themeNames));
    return [{ ...lesson, relevance: Math.round(relevance * 1000) / 1000, details, reasons }];
  });
  return ranked
    .sort((a, b) => b.relevance - a.relevance || b.createdAt.localeCompare(a.createdAt))
    .slice(0, limit);
}
