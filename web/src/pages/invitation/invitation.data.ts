import { action, query } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { InvitationOffer, Me } from '../../lib/api-types.ts';

/** What the link offers; a 404 means unknown, used, revoked or expired alike. */
export const getInvitationOffer = query((token: string) => api.get<InvitationOffer>(`/api/invitations/${segment(token)}`), 'invitation-offer');

/** Creates the account and logs it in (the API sets the session cookie); answers the new user. */
export const acceptInvitationAction = action(
  (token: string, body: { name: string; password: string }) => api.post<Me>(`/api/invitations/${segment(token)}/accept`, body),
  'accept-invitation',
);
