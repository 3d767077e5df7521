import { action, json, query } from '@solidjs/router';
import { api, segment, uploadFile } from '../../lib/api.ts';
import type { Outcome, OutcomeChange } from '../../lib/api-types.ts';

const base = (id: string) => `/api/proposals/${segment(id)}/outcome`;

/** What came of a proposal (version 0 while nothing has been recorded). */
export const getOutcome = query((proposalId: string) => api.get<Outcome>(base(proposalId)), 'proposal-outcome');

/** The address the evaluation report is downloaded from. */
export const outcomeAttachmentHref = (proposalId: string) => `${base(proposalId)}/attachment`;

/** With the version the form was read at; a stale one is refused with 409, a proposal not yet decided too. */
export const saveOutcomeAction = action(
  async (proposalId: string, change: OutcomeChange & { version: number }) =>
    json(await api.put<Outcome>(base(proposalId), change), { revalidate: getOutcome.keyFor(proposalId) }),
  'save-proposal-outcome',
);

/** The evaluation report as the request's body: a PDF of at most 5 MiB (413 above, 415 if it is no PDF). */
export const uploadOutcomeFileAction = action(
  async (proposalId: string, file: File) =>
    json(await uploadFile<{ name: string; bytes: number }>(outcomeAttachmentHref(proposalId), file, { contentType: 'application/pdf', fileName: file.name }), {
      revalidate: getOutcome.keyFor(proposalId),
    }),
  'upload-proposal-outcome-file',
);

export const deleteOutcomeFileAction = action(
  async (proposalId: string) =>
    json(await api.delete<void>(outcomeAttachmentHref(proposalId)), { revalidate: getOutcome.keyFor(proposalId) }),
  'delete-proposal-outcome-file',
);
