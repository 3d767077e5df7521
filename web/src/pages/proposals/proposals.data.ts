import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { CallPage } from '../../lib/api-types.ts';
import type {
  Budget,
  DiffPart,
  NewBudgetLine,
  NewProposal,
  Proposal,
  ProposalComment,
  ProposalListItem,
  ProposalPerson,
  ProposalSection,
  ProposalTask,
  SectionVersion,
} from '../../lib/proposal-types.ts';
import { getMunicipalities } from '../municipalities/municipalities.data.ts';
import { getMunicipalityNeeds } from '../municipalities/municipality.data.ts';

export { getMunicipalities, getMunicipalityNeeds };

const base = (id: string) => `/api/proposals/${segment(id)}`;

/** The proposals the user may read (the API leaves out the others' drafts). */
export const getProposals = query(() => api.get<ProposalListItem[]>('/api/proposals'), 'proposals');

export const getProposal = query((id: string) => api.get<Proposal>(base(id)), 'proposal');

/** Open calls for the new-proposal picker, found by the words typed into its search box. */
export const getOpenCalls = query(
  (words: string) =>
    api.get<CallPage>(`/api/calls?${new URLSearchParams({ status: 'open', pageSize: '20', ...(words ? { q: words } : {}) })}`),
  'open-calls',
);

export const getProposalPeople = query((id: string) => api.get<ProposalPerson[]>(`${base(id)}/people`), 'proposal-people');
export const getProposalTasks = query((id: string) => api.get<ProposalTask[]>(`${base(id)}/tasks`), 'proposal-tasks');
export const getProposalBudget = query((id: string) => api.get<Budget>(`${base(id)}/budget`), 'proposal-budget');
export const getProposalComments = query(
  (id: string) => api.get<ProposalComment[]>(`${base(id)}/comments`),
  'proposal-comments',
);
export const getSectionVersions = query(
  (id: string, sectionId: string) => api.get<SectionVersion[]>(`${base(id)}/sections/${segment(sectionId)}/versions`),
  'section-versions',
);
export const getVersionDiff = query(
  (id: string, sectionId: string, versionId: string) =>
    api.get<DiffPart[]>(`${base(id)}/sections/${segment(sectionId)}/versions/${segment(versionId)}/diff?against=current`),
  'section-version-diff',
);

export const createProposalAction = action(
  async (proposal: NewProposal) => json(await api.post<Proposal>('/api/proposals', proposal), { revalidate: getProposals.key }),
  'create-proposal',
);

/** A change of the proposal itself; a stale `version` is refused with 409 and shown as such by the page. */
export const updateProposalAction = action(
  async (
    id: string,
    change: { version: number } & Partial<Pick<Proposal, 'title' | 'status' | 'deadline'> & { partnerMunicipalities: string[]; needIds: string[] }>,
  ) =>
    json(await api.patch<Proposal>(base(id), change), { revalidate: [getProposal.keyFor(id), getProposals.key] }),
  'update-proposal',
);

/** A section beyond the template's, added at the end of the list. */
export const addSectionAction = action(
  async (id: string, title: string) =>
    json(await api.post<ProposalSection>(`${base(id)}/sections`, { title }), { revalidate: getProposal.keyFor(id) }),
  'add-proposal-section',
);

/** Moves a section to `position` (0-based); the others close ranks around it. */
export const moveSectionAction = action(
  async (id: string, sectionId: string, position: number) =>
    json(await api.patch<ProposalSection>(`${base(id)}/sections/${segment(sectionId)}`, { position }), { revalidate: getProposal.keyFor(id) }),
  'move-proposal-section',
);

export const renameSectionAction = action(
  async (id: string, sectionId: string, title: string) =>
    json(await api.patch<ProposalSection>(`${base(id)}/sections/${segment(sectionId)}`, { title }), { revalidate: getProposal.keyFor(id) }),
  'rename-proposal-section',
);

export const addMilestoneAction = action(
  async (id: string, milestone: { title: string; dueAt: string }) =>
    json(await api.post<unknown>(`${base(id)}/milestones`, milestone), { revalidate: getProposal.keyFor(id) }),
  'add-proposal-milestone',
);

export const deleteMilestoneAction = action(
  async (id: string, milestoneId: string) =>
    json(await api.delete<void>(`${base(id)}/milestones/${segment(milestoneId)}`), { revalidate: getProposal.keyFor(id) }),
  'delete-proposal-milestone',
);

export const createTaskAction = action(
  async (id: string, task: { title: string; assigneeUserId: string | null; dueAt: string | null }) =>
    json(await api.post<ProposalTask>(`${base(id)}/tasks`, task), { revalidate: getProposalTasks.keyFor(id) }),
  'create-proposal-task',
);

export const updateTaskAction = action(
  async (id: string, taskId: string, change: { version: number } & Partial<Pick<ProposalTask, 'title' | 'assigneeUserId' | 'dueAt' | 'done'>>) =>
    json(await api.patch<ProposalTask>(`${base(id)}/tasks/${segment(taskId)}`, change), {
      revalidate: getProposalTasks.keyFor(id),
    }),
  'update-proposal-task',
);

export const deleteTaskAction = action(
  async (id: string, taskId: string) =>
    json(await api.delete<void>(`${base(id)}/tasks/${segment(taskId)}`), { revalidate: getProposalTasks.keyFor(id) }),
  'delete-proposal-task',
);

export const createBudgetLineAction = action(
  async (id: string, line: NewBudgetLine) => json(await api.post<unknown>(`${base(id)}/budget/lines`, line), { revalidate: getProposalBudget.keyFor(id) }),
  'create-budget-line',
);

/** Only what was changed, with the version the line was read at; a stale one is refused with 409. */
export const updateBudgetLineAction = action(
  async (id: string, lineId: string, change: { version: number } & Partial<NewBudgetLine>) =>
    json(await api.patch<unknown>(`${base(id)}/budget/lines/${segment(lineId)}`, change), { revalidate: getProposalBudget.keyFor(id) }),
  'update-budget-line',
);

export const deleteBudgetLineAction = action(
  async (id: string, lineId: string) =>
    json(await api.delete<void>(`${base(id)}/budget/lines/${segment(lineId)}`), { revalidate: getProposalBudget.keyFor(id) }),
  'delete-budget-line',
);

export const createCommentAction = action(
  async (id: string, comment: { sectionId: string | null; parentId: string | null; body: string }) =>
    json(await api.post<ProposalComment>(`${base(id)}/comments`, comment), { revalidate: getProposalComments.keyFor(id) }),
  'create-proposal-comment',
);

export const setCommentResolvedAction = action(
  async (id: string, commentId: string, isResolved: boolean) =>
    json(await api.post<unknown>(`${base(id)}/comments/${segment(commentId)}/${isResolved ? 'resolve' : 'reopen'}`), {
      revalidate: getProposalComments.keyFor(id),
    }),
  'resolve-proposal-comment',
);

export const nameVersionAction = action(
  async (id: string, sectionId: string, name: string) =>
    json(await api.post<SectionVersion>(`${base(id)}/sections/${segment(sectionId)}/versions`, { name }), {
      revalidate: getSectionVersions.keyFor(id, sectionId),
    }),
  'name-section-version',
);

/** The old text comes back as a new change of the shared document: the open editors receive it by themselves. */
export const restoreVersionAction = action(
  async (id: string, sectionId: string, versionId: string) =>
    json(await api.post<unknown>(`${base(id)}/sections/${segment(sectionId)}/versions/${segment(versionId)}/restore`), {
      revalidate: getSectionVersions.keyFor(id, sectionId),
    }),
  'restore-section-version',
);

export const preloadProposals: RoutePreloadFunc = () => {
  void getProposals();
};

export const preloadProposal: RoutePreloadFunc = ({ params }) => {
  if (params.id) void getProposal(params.id);
};
