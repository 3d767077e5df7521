import type { MessageKey } from '../i18n/el.ts';
import { athensDateTimeToUtcIso } from './athens-time.ts';
import { readText } from './forms.ts';
import { proposalTitleMaxLength } from './proposal-form.ts';

export const proposalSettingsFields = ['title', 'deadline', 'partners', 'needs'] as const;
export type ProposalSettingsField = (typeof proposalSettingsFields)[number];

/** What the settings form changes; `deadline` only when the proposal answers no call (the call's deadline counts). */
export interface ProposalSettingsChange {
  title: string;
  partnerMunicipalities: string[];
  needIds: string[];
  deadline?: string | null;
}

export type ReadProposalSettingsForm =
  | { isValid: true; change: ProposalSettingsChange }
  | { isValid: false; errors: Partial<Record<ProposalSettingsField, MessageKey>> };

/** Which form field shows the API's complaint about each property of the PATCH body. */
export const proposalSettingsFieldOfBodyProperty: Record<string, ProposalSettingsField> = {
  title: 'title',
  deadline: 'deadline',
  partnerMunicipalities: 'partners',
  needIds: 'needs',
};

/** The settings form → the body of PATCH /api/proposals/:id (without the version); the lead is never a partner. */
export function readProposalSettingsForm(data: FormData, proposal: { leadSlug: string; hasCall: boolean }): ReadProposalSettingsForm {
  const errors: Partial<Record<ProposalSettingsField, MessageKey>> = {};
  const title = readText(data, 'title');
  if (!title) errors.title = 'proposalForm.error.required';
  else if (title.length > proposalTitleMaxLength) errors.title = 'proposalForm.error.tooLong';
  let deadline: string | null = null;
  if (!proposal.hasCall) {
    const date = readText(data, 'deadlineDate');
    const time = readText(data, 'deadlineTime');
    // Both empty: the proposal has no deadline of its own.
    if (date || time) {
      if (!date || !time) errors.deadline = 'callForm.error.time';
      else {
        deadline = athensDateTimeToUtcIso(date, time);
        if (!deadline) errors.deadline = 'callForm.error.date';
      }
    }
  }
  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  const strings = (name: string) => data.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
  return {
    isValid: true,
    change: {
      title,
      partnerMunicipalities: strings('partners').filter((slug) => slug !== proposal.leadSlug),
      needIds: strings('needs'),
      ...(proposal.hasCall ? {} : { deadline }),
    },
  };
}
