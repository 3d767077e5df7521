import { accounts, callBody, type Clients, type Fixtures, goodPracticeBody, lessonBody, outcomeBody } from './fixtures.ts';
import { type Outcome, type Persona, personas, type Tenancy } from './expectations.ts';

/** What a body builder may use: the fixtures, the logged-in clients, and a read as admin (a row's current version). */
export interface BodyContext {
  fixtures: Fixtures;
  clients: Clients;
  read(path: string): Promise<any>;
}

export interface RouteCase {
  tenancy: Tenancy;
  /** Fixture per path parameter, when the default (see `defaultParam`) is not the right object. */
  params?: Record<string, keyof Fixtures | { literal: string }>;
  query?: string;
  /** A valid body for the persona who is allowed; a refused persona sends the same, so validation cannot hide the refusal. */
  body?: (context: BodyContext) => unknown;
  /** The evaluation report upload: a raw PDF instead of JSON. */
  upload?: true;
  /**
   * A call that ends sessions is sent from a fresh login of the persona's account, so the shared one survives
   * (`ends-this`); when it ends the account's other sessions, the fresh one takes over (`ends-others`); when it ends
   * them all, the persona logs in again (`ends-all`).
   */
  session?: 'ends-this' | 'ends-others' | 'ends-all';
  /** A new object for each persona's call, for a route that consumes it (a delete that two personas may make). */
  freshObject?: { param: string; create(context: BodyContext): Promise<string> };
  /** Exceptions to what `x-access` and the tenancy give, each with its reason beside it. */
  overrides?: Partial<Record<Persona, Outcome>>;
}

/** `{id}` means the object of the collection before it; other parameter names mean the same object everywhere. */
const idOfCollection: Record<string, keyof Fixtures> = {
  needs: 'need',
  proposals: 'proposal',
  calls: 'call',
  sources: 'source',
  'saved-searches': 'savedSearch',
  notifications: 'notification',
  lessons: 'lesson',
  'good-practices': 'goodPractice',
  announcements: 'announcement',
};
const namedParams: Record<string, keyof Fixtures | { literal: string }> = {
  slug: { literal: 'athens' },
  sectionId: 'section',
  commentId: 'comment',
  taskId: 'task',
  lineId: 'budgetLine',
  milestoneId: 'milestone',
  versionId: 'version',
  callId: 'call',
  key: { literal: 'blank' },
};

export function defaultParam(path: string, name: string): keyof Fixtures | { literal: string } | undefined {
  if (name !== 'id') return namedParams[name];
  const collection = path.split('/{id}')[0]!.split('/').at(-1)!;
  return idOfCollection[collection];
}

const everyone = (outcome: Outcome): Record<Persona, Outcome> => Object.fromEntries(personas.map((persona) => [persona, outcome])) as Record<Persona, Outcome>;
const versionOf = async (context: BodyContext, path: string) => (await context.read(path)).version as number;
const decided = { id: 'decided' } as const;

/**
 * Every route of /api/openapi.json, keyed "METHOD path" as the document spells it. A route missing here fails the
 * sweep: classify it (usually one line) when adding it.
 */
export const routeCases: Record<string, RouteCase> = {
  'GET /api/health': { tenancy: 'open' },
  'POST /api/auth/login': { tenancy: 'open', session: 'ends-this', body: () => ({ email: accounts.owner, password: 'demo-password' }) },
  'POST /api/auth/logout': { tenancy: 'open', session: 'ends-this' },
  'POST /api/auth/logout-everywhere': { tenancy: 'open', session: 'ends-all' },
  // The same password again: accepted, and the account keeps working for the rest of the sweep.
  'POST /api/auth/password': {
    tenancy: 'open',
    session: 'ends-others',
    body: () => ({ currentPassword: 'demo-password', newPassword: 'demo-password' }),
  },
  // An invitation is reached by its secret token alone, like a calendar.
  'GET /api/invitations/{token}': { tenancy: 'open', params: { token: { literal: 'not-a-real-token' } }, overrides: everyone(404) },
  'POST /api/invitations/{token}/accept': {
    tenancy: 'open',
    params: { token: { literal: 'not-a-real-token' } },
    body: () => ({ name: 'Νέα Υπάλληλος', password: 'a long enough passphrase 2026' }),
    overrides: everyone(404),
  },

  // Administration: the coordination team invites people; only admins manage accounts and read the audit log.
  'GET /api/admin/users': { tenancy: 'open' },
  'PATCH /api/admin/users/{id}': { tenancy: 'open', params: { id: 'user' }, body: () => ({ disabled: false }) },
  'POST /api/admin/users/{id}/sessions/revoke': { tenancy: 'open', params: { id: 'user' } },
  'POST /api/admin/invitations': { tenancy: 'open', body: () => ({ email: 'nea.ypalliliki@example.gr', role: 'officer', municipality: 'athens' }) },
  'GET /api/admin/invitations': { tenancy: 'open' },
  'DELETE /api/admin/invitations/{id}': { tenancy: 'open', params: { id: 'invitation' } },
  'GET /api/admin/audit': { tenancy: 'open' },
  'GET /api/me': { tenancy: 'open' },

  'GET /api/municipalities': { tenancy: 'open' },
  // The public facts of a municipality (name, counts) are for every member.
  'GET /api/municipalities/{slug}': { tenancy: 'open' },
  'GET /api/municipalities/{slug}/needs': { tenancy: 'slug' },
  'POST /api/municipalities/{slug}/needs': { tenancy: 'slug-owner-only', body: () => ({ title: 'Δικτύωση', category: 'networking' }) },
  'GET /api/needs/{id}': { tenancy: 'private' },
  'PATCH /api/needs/{id}': { tenancy: 'private-owner-only', body: () => ({ priority: 3 }) },
  'DELETE /api/needs/{id}': { tenancy: 'private-owner-only' },
  'GET /api/needs/{id}/matches': { tenancy: 'private' },
  'PUT /api/needs/{id}/matches/{callId}/feedback': { tenancy: 'private-owner-only', body: () => ({ verdict: 'relevant' }) },

  'GET /api/themes': { tenancy: 'open' },
  'POST /api/themes': { tenancy: 'open', body: () => ({ slug: 'sweep-theme', name: 'Sweep', nameEl: 'Σάρωση' }) },

  'GET /api/calls': { tenancy: 'open' },
  'POST /api/calls': { tenancy: 'open', body: () => ({ ...callBody, title: 'Πρόσκληση της σάρωσης' }) },
  'GET /api/calls/{id}': { tenancy: 'open' },
  'PATCH /api/calls/{id}': { tenancy: 'open', body: () => ({ deadline: '2030-07-31T12:00:00.000Z' }) },
  // Matches show needs: each caller sees the matches of the needs they may read; the liaison reads no needs
  // (db/src/matching/match-scope.ts).
  'GET /api/calls/{id}/matches': { tenancy: 'open', overrides: { liaison: 403 } },
  'GET /api/calls/{id}/lessons': { tenancy: 'open' },
  'PUT /api/calls/{id}/track': { tenancy: 'open' },
  'DELETE /api/calls/{id}/track': { tenancy: 'open' },
  'GET /api/tracked-calls': { tenancy: 'open' },

  'GET /api/sources': { tenancy: 'open' },
  'POST /api/sources': { tenancy: 'open', body: () => ({ name: 'Ροή της σάρωσης', kind: 'rss', url: 'http://127.0.0.1:9/other.xml' }) },
  'PATCH /api/sources/{id}': { tenancy: 'open', body: () => ({ name: 'Μετονομασμένη ροή' }) },
  'DELETE /api/sources/{id}': { tenancy: 'open' },
  'POST /api/sources/{id}/run': { tenancy: 'open' },
  'GET /api/sources/{id}/runs': { tenancy: 'open' },

  'GET /api/saved-searches': { tenancy: 'open' },
  'POST /api/saved-searches': { tenancy: 'open', body: () => ({ name: 'ΕΚΤ+', query: { programme: 'esf-plus' } }) },
  'DELETE /api/saved-searches/{id}': { tenancy: 'personal' },
  'GET /api/notifications': { tenancy: 'open' },
  'POST /api/notifications/read-all': { tenancy: 'open' },
  'POST /api/notifications/{id}/read': { tenancy: 'personal' },

  'GET /api/outbox': { tenancy: 'open' },
  // A calendar is reached by its secret token alone: a wrong one is "not found" whoever asks.
  'GET /calendar/{file}': { tenancy: 'open', params: { file: { literal: 'not-a-real-token.ics' } }, overrides: everyone(404) },
  'GET /feeds/calls.atom': { tenancy: 'open' },

  'GET /api/proposals': { tenancy: 'open', query: 'municipality=athens' },
  // The coordination team may start a proposal for any municipality (db/src/proposals/create.ts), then only reviews it.
  'POST /api/proposals': { tenancy: 'slug-owner-only', overrides: { coordinator: 'allowed' }, body: () => ({ title: 'Νέα πρόταση', leadMunicipality: 'athens', template: 'blank' }) },
  'GET /api/proposals/{id}': { tenancy: 'private' },
  'PATCH /api/proposals/{id}': {
    tenancy: 'private-owner-only',
    body: async (context) => ({ version: await versionOf(context, `/api/proposals/${context.fixtures.proposal}`), title: 'Κέντρο Ένταξης Μεταναστών' }),
  },
  'GET /api/proposals/{id}/people': { tenancy: 'private' },
  'GET /api/proposals/{id}/sections/{sectionId}': { tenancy: 'private' },
  'PATCH /api/proposals/{id}/sections/{sectionId}': { tenancy: 'private-owner-only', body: () => ({ title: 'Παραρτήματα' }) },
  'POST /api/proposals/{id}/sections': { tenancy: 'private-owner-only', body: () => ({ title: 'Χρονοδιάγραμμα' }) },
  'GET /api/proposals/{id}/sections/{sectionId}/versions': { tenancy: 'private' },
  'POST /api/proposals/{id}/sections/{sectionId}/versions': { tenancy: 'private-owner-only', body: () => ({ name: 'Μετά την κριτική' }) },
  'GET /api/proposals/{id}/sections/{sectionId}/versions/{versionId}/diff': { tenancy: 'private', query: 'against=current' },
  'POST /api/proposals/{id}/sections/{sectionId}/versions/{versionId}/restore': { tenancy: 'private-owner-only' },
  'POST /api/proposals/{id}/milestones': { tenancy: 'private-owner-only', body: () => ({ title: 'Επιστολές εταίρων', dueAt: '2027-02-10T09:00:00.000Z' }) },
  'DELETE /api/proposals/{id}/milestones/{milestoneId}': { tenancy: 'private-owner-only' },
  'GET /api/proposals/{id}/budget': { tenancy: 'private' },
  'POST /api/proposals/{id}/budget/lines': {
    tenancy: 'private-owner-only',
    body: () => ({ category: 'travel', description: 'Μετακινήσεις', quantityMilli: 2000, unitCostCents: 5_000 }),
  },
  'PATCH /api/proposals/{id}/budget/lines/{lineId}': {
    tenancy: 'private-owner-only',
    body: async (context) => {
      const budget = await context.read(`/api/proposals/${context.fixtures.proposal}/budget`);
      return { version: budget.lines.find((line: { id: string }) => line.id === context.fixtures.budgetLine).version, quantityMilli: 3000 };
    },
  },
  'DELETE /api/proposals/{id}/budget/lines/{lineId}': { tenancy: 'private-owner-only' },
  'GET /api/proposals/{id}/tasks': { tenancy: 'private' },
  'POST /api/proposals/{id}/tasks': { tenancy: 'private-owner-only', body: () => ({ title: 'Απόφαση συμβουλίου' }) },
  'PATCH /api/proposals/{id}/tasks/{taskId}': {
    tenancy: 'private-owner-only',
    body: async (context) => {
      const tasks = await context.read(`/api/proposals/${context.fixtures.proposal}/tasks`);
      return { version: tasks.find((task: { id: string }) => task.id === context.fixtures.task).version, done: true };
    },
  },
  'DELETE /api/proposals/{id}/tasks/{taskId}': { tenancy: 'private-owner-only' },
  // The coordination team reviews: it reads, comments and resolves threads, but does not edit.
  'GET /api/proposals/{id}/comments': { tenancy: 'private' },
  'POST /api/proposals/{id}/comments': { tenancy: 'private', body: () => ({ body: 'Γενική παρατήρηση.' }) },
  'POST /api/proposals/{id}/comments/{commentId}/resolve': { tenancy: 'private' },
  'POST /api/proposals/{id}/comments/{commentId}/reopen': { tenancy: 'private' },
  'GET /api/proposals/{id}/export.docx': { tenancy: 'private' },
  'GET /api/proposals/{id}/export.md': { tenancy: 'private' },
  'GET /api/proposals/{id}/good-practices': { tenancy: 'private' },
  'PUT /api/proposals/{id}/good-practices': { tenancy: 'private-owner-only', body: ({ fixtures }) => ({ goodPracticeIds: [fixtures.goodPractice] }) },
  'GET /api/proposals/{id}/lessons': { tenancy: 'private', params: decided },
  'GET /api/proposals/{id}/outcome': { tenancy: 'private', params: decided },
  'PUT /api/proposals/{id}/outcome': {
    tenancy: 'private-owner-only',
    params: decided,
    body: async (context) => ({ version: await versionOf(context, `/api/proposals/${context.fixtures.decided}/outcome`), ...outcomeBody, feedback: 'Τελική γνώμη.' }),
  },
  'PUT /api/proposals/{id}/outcome/attachment': { tenancy: 'private-owner-only', params: decided, upload: true },
  'GET /api/proposals/{id}/outcome/attachment': { tenancy: 'private', params: decided },
  'DELETE /api/proposals/{id}/outcome/attachment': { tenancy: 'private-owner-only', params: decided },

  'GET /api/proposal-templates': { tenancy: 'open' },
  'PUT /api/proposal-templates/{key}': {
    tenancy: 'open',
    body: async (context) => {
      const { name, nameEl, sections } = (await context.read('/api/proposal-templates')).find((template: { key: string }) => template.key === 'blank');
      return { name, nameEl, sections };
    },
  },

  'GET /api/lessons': { tenancy: 'open', query: 'municipality=athens' },
  // A lesson on Athens' decided proposal: another municipality may not even learn that the proposal exists.
  'POST /api/lessons': {
    tenancy: 'open',
    body: ({ fixtures }) => lessonBody({ proposalId: fixtures.decided, sharing: 'municipality' }),
    overrides: { outsider: 404 },
  },
  // Lessons kept within Athens: the coordination team curates every lesson, so it may also change them.
  'GET /api/lessons/{id}': { tenancy: 'private' },
  'PATCH /api/lessons/{id}': {
    tenancy: 'private',
    body: async (context) => ({ version: await versionOf(context, `/api/lessons/${context.fixtures.lesson}`), nextTime: 'Ζητάμε την έγκριση νωρίτερα.' }),
  },
  'DELETE /api/lessons/{id}': {
    tenancy: 'private',
    freshObject: {
      param: 'id',
      async create({ clients, fixtures }) {
        const created = await clients.owner.post('/api/lessons', lessonBody({ proposalId: fixtures.decided, sharing: 'municipality' }));
        if (created.status !== 201) throw new Error(`a lesson to delete: ${created.status} ${JSON.stringify(created.body)}`);
        return created.body.id;
      },
    },
  },

  'GET /api/good-practices': { tenancy: 'open' },
  'POST /api/good-practices': { tenancy: 'open', body: () => ({ ...goodPracticeBody, title: 'Διερμηνεία στα σχολεία' }) },
  'GET /api/good-practices/{id}': { tenancy: 'open' },
  'PATCH /api/good-practices/{id}': {
    tenancy: 'open',
    body: async (context) => ({ version: await versionOf(context, `/api/good-practices/${context.fixtures.goodPractice}`), title: 'Σχολή γονέων' }),
  },
  'DELETE /api/good-practices/{id}': { tenancy: 'open' },

  'POST /api/announcements': {
    tenancy: 'open',
    body: () => ({ message: 'Δεύτερη ανακοίνωση.', targetMunicipalities: ['athens'], call: { ...callBody, title: 'Ανακοίνωση AMIF', programme: 'amif' } }),
  },
  'GET /api/announcements': { tenancy: 'open' },
  // Addressed to Athens: an officer elsewhere may not open it; the liaison and the team are not its readers.
  'POST /api/announcements/{id}/opened': { tenancy: 'open', overrides: { outsider: 404 } },
  'GET /api/announcements/{id}/reach': { tenancy: 'open' },

  // Only the coordination team sees another municipality's figures.
  'GET /api/dashboard': { tenancy: 'slug', query: 'municipality=athens' },
  'GET /api/dashboard.csv': { tenancy: 'slug', query: 'municipality=athens&table=pipeline' },
  'GET /api/reports/annual': { tenancy: 'open' },
};
