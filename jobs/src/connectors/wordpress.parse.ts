import { z } from 'zod';
import type { RawCall } from '../ingest/types.ts';
import { createRawCall } from './raw-call.ts';
import { parseJson, validateDocument } from './source-document.ts';

const rendered = z.object({ rendered: z.string() });

const postSchema = z.object({
  id: z.number().int().nonnegative(),
  // UTC, written without an offset (`date` is the site's local time, also without one: never used).
  date_gmt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'not a WordPress GMT date')
    .nullish(),
  // Shown as a link to people: a `javascript:` one must not get through.
  link: z.url({ protocol: /^https?$/ }),
  title: rendered,
  excerpt: rendered.optional(),
  content: rendered.optional(),
});

/** One page of `/wp-json/wp/v2/posts`: an array of posts, or a document WordPress would not send. */
export function parsePostsPage(text: string, origin: string, language: RawCall['language']): RawCall[] {
  const posts = validateDocument(z.array(postSchema), parseJson(text, origin), origin, 'the posts page');
  return posts.map((post) =>
    createRawCall({
      key: String(post.id),
      url: post.link,
      // HTML with entities, as WordPress renders them.
      title: post.title.rendered,
      summary: post.excerpt?.rendered ?? null,
      body: post.content?.rendered ?? null,
      language,
      publishedAt: post.date_gmt ? toUtcInstant(post.date_gmt) : null,
      dateZone: 'Europe/Athens',
    }),
  );
}

function toUtcInstant(dateGmt: string): string | null {
  const instant = new Date(`${dateGmt}Z`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
