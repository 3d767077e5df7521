import type { PublicLesson } from '@cni/db';
import { athensDateTime } from '@cni/jobs';
import { Feed } from 'feed';

export interface FeedCall {
  id: string;
  title: string;
  summary: string;
  funder: string | null;
  deadline: string | null;
  firstSeenAt: string;
  updatedAt: string;
  /** Public lessons of past submissions that fit the call, best first. */
  lessons?: readonly PublicLesson[];
}

// The feed package marks titles and summaries type="html": text must be escaped or "<" starts a tag.
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function lessonsHtml(lessons: readonly PublicLesson[]): string {
  if (lessons.length === 0) return '';
  const items = lessons.map((lesson) => `<li><strong>${escapeHtml(lesson.title)}</strong>: ${escapeHtml(lesson.nextTime)}</li>`).join('');
  return `<p>Μαθήματα από προηγούμενες υποβολές / Lessons from past submissions:</p><ul>${items}</ul>`;
}

/** Atom 1.0 feed of the official calls, newest first; ids are the calls' permanent addresses. */
export function buildOfficialCallsFeed({ calls, origin, now }: { calls: FeedCall[]; origin: string; now: Date }): string {
  const feed = new Feed({
    id: `${origin}/feeds/calls.atom`,
    title: 'CNI: Επίσημες προσκλήσεις / Official calls',
    description: 'Funding calls announced by the Directorate of Social Integration and the CNI coordination team',
    link: `${origin}/calls`,
    language: 'el',
    updated: calls[0] ? new Date(calls.reduce((latest, call) => (call.updatedAt > latest ? call.updatedAt : latest), calls[0].updatedAt)) : now,
    feedLinks: { atom: `${origin}/feeds/calls.atom` },
    author: { name: 'Cities Network for Integration', link: origin },
    copyright: 'Cities Network for Integration',
    generator: false,
  });
  for (const call of calls) {
    const details = [
      call.funder ? `Φορέας / Funder: ${call.funder}` : null,
      call.deadline ? `Προθεσμία / Deadline: ${athensDateTime.el.format(new Date(call.deadline))}` : null,
    ].filter((line): line is string => line !== null);
    feed.addItem({
      id: `${origin}/calls/${call.id}`,
      link: `${origin}/calls/${call.id}`,
      title: escapeHtml(call.title),
      description: [...details, call.summary]
        .filter(Boolean)
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join('') + lessonsHtml(call.lessons ?? []),
      date: new Date(call.updatedAt),
      published: new Date(call.firstSeenAt),
    });
  }
  return feed.atom1();
}
