import { request } from 'node:http';
import { demoPassword } from '@cni/db';
import { expect } from 'vitest';
import { ApiClient, type ApiResponse } from '../../helpers/api-client.ts';

/** The accounts of the sweep: Athens owns every object, Larissa is "another municipality". */
export const accounts = {
  owner: 'officer.athens@demo.cni.gr',
  outsider: 'officer.larissa@demo.cni.gr',
  liaison: 'liaison@demo.cni.gr',
  coordinator: 'coordinator@demo.cni.gr',
  admin: 'admin@demo.cni.gr',
} as const;

export type Account = keyof typeof accounts;
export type Clients = Record<Account, ApiClient>;

/** Ids of the objects the sweep puts in path parameters; all of them belong to Athens unless said otherwise. */
export interface Fixtures {
  need: string;
  /** A drafting proposal led by Athens alone, with its sections, comment, task, budget line, milestone and version. */
  proposal: string;
  section: string;
  comment: string;
  task: string;
  budgetLine: string;
  milestone: string;
  version: string;
  /** A submitted (decided) Athens proposal with an outcome, an evaluation report and a municipality-only lesson. */
  decided: string;
  lesson: string;
  savedSearch: string;
  notification: string;
  /** A call the liaison entered, tracked by Athens; network-wide, not Athens'. */
  call: string;
  goodPractice: string;
  /** An announcement of the liaison addressed to Athens only. */
  announcement: string;
  /** The owner's account, for the administration routes. */
  user: string;
  /** An invitation the admin sent. */
  invitation: string;
  /** A source of the coordination team whose address the fetcher refuses (loopback), so running it stays offline. */
  source: string;
}

let loginsSoFar = 0;

/**
 * Logs in from a loopback address of its own (127.0.0.2, .3 …): the sweep opens more sessions than one address may
 * in 15 minutes (api/src/auth/rate-limiter.ts), and fetch cannot choose its local address.
 */
export async function logIn(baseUrl: string, email: string): Promise<ApiClient> {
  const localAddress = `127.0.0.${2 + (loginsSoFar++ % 250)}`;
  const client = new ApiClient(baseUrl);
  client.cookie = await new Promise<string>((resolve, reject) => {
    const login = request(`${baseUrl}/api/auth/login`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (response) => {
      response.resume();
      const cookie = response.headers['set-cookie']?.[0]?.split(';')[0];
      if (response.statusCode === 200 && cookie) resolve(cookie);
      else reject(new Error(`login as ${email} from ${localAddress}: ${response.statusCode}`));
    });
    login.on('error', reject);
    login.end(JSON.stringify({ email, password: demoPassword }));
  });
  return client;
}

export async function logInEveryone(baseUrl: string): Promise<Clients> {
  const entries = await Promise.all(Object.entries(accounts).map(async ([name, email]) => [name, await logIn(baseUrl, email)] as const));
  return Object.fromEntries(entries) as Clients;
}

async function created<T = any>(response: Promise<ApiResponse<T>>, what: string): Promise<T> {
  const answer = await response;
  expect(answer.status, `creating ${what}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');

/** The evaluation report as the browser uploads it: the raw PDF, not JSON. */
export function reportUpload(cookie: string | undefined): RequestInit {
  return { method: 'PUT', headers: { 'content-type': 'application/pdf', 'x-file-name': 'report.pdf', ...(cookie ? { cookie } : {}) }, body: pdfBytes };
}

export const callBody = {
  title: 'ΕΚΤ+: Απασχόληση μεταναστών και προσφύγων στους δήμους',
  summary: 'Χρηματοδότηση δήμων για συμβουλευτική απασχόλησης και μαθήματα ελληνικής γλώσσας.',
  programme: 'esf-plus',
  funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
  openingDate: '2026-01-01T00:00:00.000Z',
  deadline: '2030-06-30T12:00:00.000Z',
  eligibleApplicants: ['municipalities'],
  themes: ['labour-market'],
  language: 'el',
};

export function lessonBody(overrides: Record<string, unknown> = {}) {
  return {
    proposalId: null,
    title: 'Η στελέχωση χρειάζεται έγκριση προσλήψεων νωρίς',
    whatHappened: 'Οι συμβάσεις υπογράφηκαν μήνες μετά την έγκριση.',
    nextTime: 'Ζητάμε την έγκριση μαζί με την υποβολή.',
    programme: 'esf-plus',
    funder: null,
    themes: ['municipal-services'],
    phase: 'implementation',
    sharing: 'network',
    ...overrides,
  };
}

export const goodPracticeBody = {
  title: 'Σχολή γονέων για οικογένειες μεταναστών',
  municipality: 'athens',
  summary: 'Συναντήσεις γονέων με εκπαιδευτικούς και διερμηνείς.',
  body: '## Πώς\n\n- Μία συνάντηση τον μήνα',
  themes: ['municipal-services'],
  programme: 'amif',
  contacts: [],
  links: [],
};

export const outcomeBody = { requestedCents: 25_000_000, awardedCents: null, evaluatorScore: 72.5, evaluatorMaxScore: 100, feedback: 'Καλή τεκμηρίωση.' };

/** Builds every object through the API, each by the role that creates it in real use. */
export async function createFixtures(baseUrl: string, clients: Clients): Promise<Fixtures> {
  const { owner, liaison, coordinator } = clients;
  // A saved search of Athens that matches everything: the liaison's call then notifies Athens.
  const savedSearch = await created(owner.post('/api/saved-searches', { name: 'Όλες', query: {} }), 'a saved search');
  const call = await created(liaison.post('/api/calls', callBody), 'a call');
  await created(owner.put(`/api/calls/${call.id}/track`), 'a tracked call');
  const need = await created(owner.post('/api/municipalities/athens/needs', { title: 'Απασχόληση προσφύγων', category: 'labour-market' }), 'a need');

  let proposal = await created(owner.post('/api/proposals', { title: 'Κέντρο Ένταξης', leadMunicipality: 'athens', template: 'esf-plus' }), 'a proposal');
  proposal = await created(owner.patch(`/api/proposals/${proposal.id}`, { version: proposal.version, status: 'drafting' }), 'drafting');
  const section = await created(owner.post(`/api/proposals/${proposal.id}/sections`, { title: 'Παράρτημα' }), 'a section');
  const comment = await created(owner.post(`/api/proposals/${proposal.id}/comments`, { sectionId: section.id, body: 'Λείπουν στοιχεία.' }), 'a comment');
  const task = await created(owner.post(`/api/proposals/${proposal.id}/tasks`, { title: 'Επιστολή εταίρου' }), 'a task');
  const budget = await created(
    owner.post(`/api/proposals/${proposal.id}/budget/lines`, { category: 'services', description: 'Μεταφράσεις', quantityMilli: 1000, unitCostCents: 20_000 }),
    'a budget line',
  );
  const milestone = await created(owner.post(`/api/proposals/${proposal.id}/milestones`, { title: 'Απόφαση συμβουλίου', dueAt: '2027-01-10T10:00:00.000Z' }), 'a milestone');
  const version = await created(owner.post(`/api/proposals/${proposal.id}/sections/${section.id}/versions`, { name: 'Πριν την κριτική' }), 'a section version');

  let decided = await created(owner.post('/api/proposals', { title: 'Συμβουλευτική', leadMunicipality: 'athens', template: 'blank' }), 'a second proposal');
  decided = await created(owner.patch(`/api/proposals/${decided.id}`, { version: decided.version, callId: call.id }), 'linking the call');
  for (const status of ['drafting', 'review', 'submitted']) {
    decided = await created(owner.patch(`/api/proposals/${decided.id}`, { version: decided.version, status }), status);
  }
  await created(owner.put(`/api/proposals/${decided.id}/outcome`, { version: 0, ...outcomeBody }), 'an outcome');
  expect((await fetch(`${baseUrl}/api/proposals/${decided.id}/outcome/attachment`, reportUpload(owner.cookie))).status).toBeLessThan(300);
  const lesson = await created(owner.post('/api/lessons', lessonBody({ proposalId: decided.id, sharing: 'municipality' })), 'a lesson');

  const goodPractice = await created(coordinator.post('/api/good-practices', goodPracticeBody), 'a good practice');
  const announcement = await created(
    liaison.post('/api/announcements', { message: 'Νέα πρόσκληση.', targetMunicipalities: ['athens'], call: { ...callBody, title: 'Ανακοίνωση ΕΚΤ+' } }),
    'an announcement',
  );
  const source = await created(
    coordinator.post('/api/sources', { name: 'Κλειστή ροή', kind: 'rss', url: 'http://127.0.0.1:9/feed.xml', options: {} }),
    'a source',
  );
  const user = await created(owner.get('/api/me'), 'the owner account');
  const invitation = await created(clients.admin.post('/api/admin/invitations', { email: 'neos.ypallilos@example.gr', role: 'officer', municipality: 'athens' }), 'an invitation');
  const notifications = (await owner.get('/api/notifications')).body;
  const notification = (Array.isArray(notifications) ? notifications : notifications.items)?.[0];
  if (!notification) throw new Error(`no notification for Athens: ${JSON.stringify(notifications)}`);

  return {
    need: need.id,
    proposal: proposal.id,
    section: section.id,
    comment: comment.id,
    task: task.id,
    budgetLine: budget.lines[0].id,
    milestone: milestone.id,
    version: version.id,
    decided: decided.id,
    lesson: lesson.id,
    savedSearch: savedSearch.id,
    notification: notification.id,
    call: call.id,
    goodPractice: goodPractice.id,
    announcement: announcement.id,
    source: source.id,
    user: user.id,
    invitation: invitation.id,
  };
}
