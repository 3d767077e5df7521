import type { IncomingMessage } from 'node:http';
import { getSectionAccess, type Database, type ProposalAccess } from '@cni/db';
import { sessionCookieNameFor } from '../auth/session-cookie.ts';
import type { AppConfig } from '../config.ts';
import { isSameSite } from '../middleware/cross-site-guard.ts';
import { findSessionUser } from '../middleware/session.ts';

const collabPath = /^\/api\/proposals\/([^/]+)\/sections\/([^/]+)\/collab$/;

/** The proposal and section a collaboration URL names, or null for any other upgrade. */
export function matchCollabPath(url: string | undefined): { proposalId: string; sectionId: string } | null {
  const match = collabPath.exec(new URL(url ?? '/', 'http://localhost').pathname);
  if (!match) return null;
  try {
    return { proposalId: decodeURIComponent(match[1]!), sectionId: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export type UpgradeDecision = { status: 401 | 403 | 404 } | { status: 101; access: ProposalAccess };

/**
 * The same rules as the HTTP API, checked before the socket exists: a browser on another site is refused
 * (WebSockets are not covered by CORS, and the cookie would ride along), then the session, then the proposal
 * access (404 rather than 403, so a draft's existence is not revealed).
 */
export async function authorizeUpgrade({
  request,
  db,
  config,
  proposalId,
  sectionId,
}: {
  request: IncomingMessage;
  db: Database;
  config: AppConfig;
  proposalId: string;
  sectionId: string;
}): Promise<UpgradeDecision> {
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && !isSameSite(origin, request.headers.host))) return { status: 403 };
  const token = readCookie(request.headers.cookie, sessionCookieNameFor(config));
  const user = token ? await findSessionUser({ db, sessionSecret: config.sessionSecret, token }) : null;
  if (!user) return { status: 401 };
  const access = await getSectionAccess({ db, actor: user, proposalId, sectionId });
  return access ? { status: 101, access } : { status: 404 };
}
