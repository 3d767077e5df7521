import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { ProposalTemplateDetail, TemplateSection } from '../../lib/template-editor.ts';

export const getProposalTemplates = query(() => api.get<ProposalTemplateDetail[]>('/api/proposal-templates'), 'proposal-templates');

/** PUT replaces the template as a whole; proposals already started keep the sections they were given. */
export const saveTemplateAction = action(
  async (key: string, template: { name: string; nameEl: string; sections: TemplateSection[] }) =>
    json(await api.put<ProposalTemplateDetail>(`/api/proposal-templates/${segment(key)}`, template), {
      revalidate: getProposalTemplates.key,
    }),
  'save-proposal-template',
);

export const preloadProposalTemplates: RoutePreloadFunc = () => {
  void getProposalTemplates();
};
