import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../../lib/app-env.ts';
import { publicOrigin } from '../../lib/public-origin.ts';

export function toMe(c: Context<AppEnv>, user: SessionUser) {
  return {
    id: user.userId,
    email: user.email,
    name: user.name,
    role: user.role,
    municipality: user.municipality,
    calendarUrl: `${publicOrigin(c)}/calendar/${user.calendarToken}.ics`,
  };
}
