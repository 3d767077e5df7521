import { findCalendarOwner, listOfficialCalls, listPublicLessonsForCalls, listProposalDates, listTrackedDeadlines, NotFoundError } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../lib/app-env.ts';
import { buildOfficialCallsFeed } from './build-atom-feed.ts';
import { buildDeadlineCalendar } from './build-calendar.ts';
import type * as routes from './calendar.routes.ts';
import { publicOrigin } from '../lib/public-origin.ts';

const calendarFile = /^([A-Za-z0-9_-]{16,100})\.ics$/;

export const calendar: RouteHandler<typeof routes.calendar, AppEnv> = async (c) => {
  const db = c.get('db');
  const token = calendarFile.exec(c.req.valid('param').file)?.[1];
  const owner = token ? await findCalendarOwner({ db, token }) : null;
  // A malformed address and a wrong token answer the same, so neither says which tokens exist.
  if (!owner) throw new NotFoundError('No calendar at this address.');
  const deadlines = await listTrackedDeadlines({ db, userId: owner.userId });
  const proposalDates = await listProposalDates({ db, userId: owner.userId });
  const body = buildDeadlineCalendar({ deadlines, proposalDates, origin: publicOrigin(c), now: new Date() });
  // The address is a password: nothing on the way may keep a copy, and search engines must not list it.
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Content-Disposition', 'inline; filename="cni-deadlines.ics"');
  return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
};

export const officialCallsFeed: RouteHandler<typeof routes.officialCallsFeed, AppEnv> = async (c) => {
  const db = c.get('db');
  const official = await listOfficialCalls({ db, limit: 50 });
  const lessons = await listPublicLessonsForCalls({ db, callIds: official.map((call) => call.id) });
  const calls = official.map((call) => ({ ...call, lessons: lessons.get(call.id) ?? [] }));
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(buildOfficialCallsFeed({ calls, origin: publicOrigin(c), now: new Date() }), 200, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
  });
};
