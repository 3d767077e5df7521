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

// Generous in UTF-16 units: the password rules (length in code points) give the helpful message.
const newPassword = z.string().max(2048).openapi({ description: 'At least 12 characters, not a common password, not your e-mail address.' });

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword })
  .openapi('ChangePassword');

export const InvitationSchema = z
  .object({
    email: z.string(),
    role: z.enum(roles),
    municipality: z.object({ slug: z.string(), name: z.string(), nameEl: z.string() }).nullable(),
    expiresAt: z.string(),
  })
  .openapi('Invitation');

export const AcceptInvitationSchema = z
  .object({ name: z.string().trim().min(1).max(200), password: newPassword })
  .openapi('AcceptInvitation');

export const InvitationTokenParam = z.object({
  token: z.string().max(200).openapi({ param: { name: 'token', in: 'path' } }),
});
