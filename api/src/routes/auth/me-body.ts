import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../../lib/app-env.ts';

function publicOrigin(c: Context<AppEnv>): string {
  return c.get('config').publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
}

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
