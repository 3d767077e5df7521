import type { Database } from '@cni/db';
import { createIngestServices, createRematchQueue, type IngestServices, type RematchQueue } from '@cni/jobs';
import type { AppConfig } from './config.ts';
import { createLoginLimiters, type LoginLimiters } from './auth/rate-limiter.ts';
import type { AppEnv } from './lib/app-env.ts';
import { createRouter } from './lib/create-router.ts';
import { errorBody, respondToError } from './lib/error-response.ts';
import { crossSiteGuard } from './middleware/cross-site-guard.ts';
import { limitJsonBody, requireJsonBody } from './middleware/json-body.ts';
import { requestContext } from './middleware/request-context.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createSessionCache, loadSession } from './middleware/session.ts';
import { createAuthRouter } from './routes/auth/auth.index.ts';
import { createHealthRouter } from './routes/health/health.index.ts';
import { createMunicipalitiesRouter } from './routes/municipalities/municipalities.index.ts';
import { createNeedsRouter } from './routes/needs/needs.index.ts';
import { createThemesRouter } from './routes/themes/themes.index.ts';
import { createCallsRouter } from './routes/calls/calls.index.ts';
import { createSourcesRouter } from './routes/sources/sources.index.ts';
import { createSavedSearchesRouter } from './routes/saved-searches/saved-searches.index.ts';
import { createNotificationsRouter } from './routes/notifications/notifications.index.ts';
import { createTrackedCallsRouter } from './routes/tracked-calls/tracked-calls.index.ts';
import { createOutboxRouter } from './routes/outbox/outbox.index.ts';
import { createCalendarRouter } from './calendar/calendar.index.ts';
import { createMatchesRouter } from './routes/matches/matches.index.ts';
import { createProposalsRouter } from './routes/proposals/proposals.index.ts';
import { createProposalTemplatesRouter } from './routes/proposal-templates/proposal-templates.index.ts';
import { createSectionVersionsRouter } from './routes/section-versions/section-versions.index.ts';
import { createLessonsRouter } from './routes/lessons/lessons.index.ts';
import { createGoodPracticesRouter } from './routes/good-practices/good-practices.index.ts';
import { createProposalGoodPracticesRouter } from './routes/proposals/proposal-good-practices.index.ts';
import { createAnnouncementsRouter } from './routes/announcements/announcements.index.ts';
import { createDashboardRouter } from './routes/dashboard/dashboard.index.ts';
import { createReportsRouter } from './routes/reports/reports.index.ts';
import { createAdminRouter } from './routes/admin/admin.index.ts';
import { mountWeb } from './web/serve-web.ts';

export interface AppOptions {
  db: Database;
  config: AppConfig;
  /** Folder of the built web app; without it only the API is served. */
  staticRoot?: string;
  loginLimiters?: LoginLimiters;
  /** How "run now" fetches; by default the real fetcher with the configured FETCH_ALLOWLIST. */
  ingest?: IngestServices;
  /** Recomputes matches after writes, off the request; tests pass their own to await `idle()`. */
  rematch?: RematchQueue;
  /** The clock of lockouts, sessions opened at login and invitation expiry; tests pass one they can move. */
  now?: () => Date;
}

/** Builds the whole HTTP app on the given database. No side effects: tests build one per database. */
export function createApp({
  db,
  config,
  staticRoot,
  now = () => new Date(),
  loginLimiters = createLoginLimiters(() => now().getTime()),
  ingest = createIngestServices({ allowlist: config.fetchAllowlist }),
  rematch = createRematchQueue({ db }),
}: AppOptions) {
  const app = createRouter();

  app.use('*', requestContext);
  app.use('*', securityHeaders(config.publicUrl?.startsWith('https://') ?? false));
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('config', config);
    c.set('rematch', rematch);
    await next();
  });
  app.use('/api/*', async (c, next) => {
    await next();
    // On the finished response's headers: c.header() here would rebuild the response around a stream.
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', crossSiteGuard, requireJsonBody, limitJsonBody, loadSession(createSessionCache()));

  app.route('/', createHealthRouter());
  app.route('/', createAuthRouter(loginLimiters, now));
  app.route('/', createMunicipalitiesRouter());
  app.route('/', createNeedsRouter());
  app.route('/', createThemesRouter());
  app.route('/', createCallsRouter());
  app.route('/', createSourcesRouter({ ...ingest, callsChanged: ingest.callsChanged ?? ((ids) => rematch.callsChanged(ids)) }));
  app.route('/', createSavedSearchesRouter());
  app.route('/', createNotificationsRouter());
  app.route('/', createTrackedCallsRouter());
  app.route('/', createOutboxRouter());
  app.route('/', createCalendarRouter());
  app.route('/', createMatchesRouter());
  app.route('/', createSectionVersionsRouter());
  app.route('/', createProposalsRouter());
  app.route('/', createProposalTemplatesRouter());
  app.route('/', createLessonsRouter());
  app.route('/', createGoodPracticesRouter());
  app.route('/', createProposalGoodPracticesRouter());
  app.route('/', createAnnouncementsRouter());
  app.route('/', createDashboardRouter());
  app.route('/', createReportsRouter());
  app.route('/', createAdminRouter(now));

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'cni_session',
    description: 'Set by POST /api/auth/login (named __Host-cni_session when served over HTTPS).',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'CNI Funding Workspace API',
      version: '1.0.0',
      description:
        'Funding calls, needs, proposals and lessons of the Cities Network for Integration. Errors are always `{ "error": { "code", "message", "requestId" } }`.',
    },
  });

  app.all('/api/*', (c) => c.json(errorBody(c, 'not_found', `No API route ${c.req.method} ${c.req.path}.`), 404));
  if (staticRoot) mountWeb(app, staticRoot);
  app.notFound((c) => c.json(errorBody(c, 'not_found', 'Not found.'), 404));
  app.onError(respondToError);
  return app;
}

export type App = ReturnType<typeof createApp>;
export type { AppEnv };
export { loadConfig, type AppConfig } from './config.ts';
export { attachCollab } from './collab/attach-collab.ts';
export { answerClientErrors } from './server/answer-client-errors.ts';
export type { CollabOptions } from './collab/collab-options.ts';
