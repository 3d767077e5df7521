import type { MessageKey } from '../i18n/el.ts';
import { readText } from './forms.ts';
import { proposalTemplates, type NewProposal, type ProposalTemplate } from './proposal-types.ts';

export const proposalTitleMaxLength = 300;

export const proposalFormFields = ['title', 'call', 'lead', 'partners', 'template', 'needs'] as const;
export type ProposalFormField = (typeof proposalFormFields)[number];

export type ReadProposalForm =
  | { isValid: true; proposal: NewProposal }
  | { isValid: false; errors: Partial<Record<ProposalFormField, MessageKey>> };

/** Which form field shows the API's complaint about each property of the body. */
export const proposalFieldOfBodyProperty: Record<string, ProposalFormField> = {
  title: 'title',
  callId: 'call',
  leadMunicipality: 'lead',
  partnerMunicipalities: 'partners',
  template: 'template',
  needIds: 'needs',
};

function isTemplate(value: string): value is ProposalTemplate {
  return (proposalTemplates as readonly string[]).includes(value);
}

/** The new-proposal form → the body of POST /api/proposals; the lead is never also a partner. */
export function readProposalForm(data: FormData): ReadProposalForm {
  const title = readText(data, 'title');
  const lead = readText(data, 'lead');
  const template = readText(data, 'template');
  const callId = readText(data, 'call');
  const errors: Partial<Record<ProposalFormField, MessageKey>> = {};
  if (!title) errors.title = 'proposalForm.error.required';
  else if (title.length > proposalTitleMaxLength) errors.title = 'proposalForm.error.tooLong';
  if (!lead) errors.lead = 'proposalForm.error.required';
  if (!isTemplate(template)) errors.template = 'proposalForm.error.required';
  if (Object.keys(errors).length > 0 || !isTemplate(template)) return { isValid: false, errors };
  const strings = (name: string) => data.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
  return {
    isValid: true,
    proposal: {
      title,
      callId: callId || null,
      leadMunicipality: lead,
      partnerMunicipalities: strings('partners').filter((slug) => slug !== lead),
      template,
      needIds: strings('needs'),
    },
  };
}
