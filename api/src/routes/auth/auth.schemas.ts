import { z } from '@hono/zod-openapi';
import { roles } from '@cni/db';

export const LoginSchema = z
  .object({
    email: z.string().trim().max(254).pipe(z.email()).openapi({ example: 'officer.athens@demo.cni.gr' }),
    password: z.string().min(1).max(1024).openapi({ example: 'demo-password' }),
  })
  .openapi('Login');

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    municipality: z.object({ id: z.string(), slug: z.string(), name: z.string(), nameEl: z.string() }).nullable(),
    calendarUrl: z.string().openapi({ description: "The user's secret iCal feed of deadlines." }),
  })
  .openapi('Me');
