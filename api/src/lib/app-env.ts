import type { Actor, ChangeCounters, Database } from '@cni/db';
import type { RematchQueue } from '@cni/jobs';
import type { AppConfig } from '../config.ts';

export interface SessionUser extends Actor {
  name: string;
  calendarToken: string;
  sessionId: string;
  municipality: { id: string; slug: string; name: string; nameEl: string } | null;
}

/** What every handler finds on Hono's context: never a module-level import, so tests build their own. */
export interface AppEnv {
  Variables: {
    db: Database;
    config: AppConfig;
    requestId: string;
    clientIp: string | null;
    user: SessionUser | null;
    /** Told of changed needs and calls, to recompute their matches after the response. */
    rematch: RematchQueue;
    /** Read once per request by `requestChangeCounters`, for the caches it consults. */
    changeCounters?: ChangeCounters;
  };
}
