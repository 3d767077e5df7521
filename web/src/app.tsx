import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { ProtectedLayout } from './components/app-shell.tsx';
import { LanguageProvider } from './i18n/index.tsx';
import { preloadMunicipalities } from './pages/municipalities/municipalities.data.ts';
import { preloadMunicipality } from './pages/municipalities/municipality.data.ts';
import { preloadCalls } from './pages/calls/calls.data.ts';
import { preloadCall } from './pages/calls/call.data.ts';
import { preloadNewCall } from './pages/calls/new-call.data.ts';
import { preloadSources } from './pages/sources/sources.data.ts';
import { preloadNeed, preloadNeeds } from './pages/needs/needs.data.ts';
import { preloadNotifications } from './pages/notifications/notifications.data.ts';
import { preloadProposal, preloadProposals } from './pages/proposals/proposals.data.ts';
import { preloadProposalTemplates } from './pages/proposals/templates.data.ts';
import { SessionProvider } from './session.tsx';
import LoginPage from './pages/login/login.tsx';
import HomePage from './pages/home/home.tsx';
import MunicipalitiesPage from './pages/municipalities/municipalities.tsx';
import MunicipalityPage from './pages/municipalities/municipality.tsx';
import NotFoundPage from './pages/not-found/not-found.tsx';
import CallsPage from './pages/calls/calls.tsx';
import CallPage from './pages/calls/call.tsx';
import NewCallPage from './pages/calls/new-call.tsx';
import SourcesPage from './pages/sources/sources.tsx';
import NeedsPage from './pages/needs/needs.tsx';
import NeedPage from './pages/needs/need.tsx';
import NewNeedPage from './pages/needs/new-need.tsx';
import EditNeedPage from './pages/needs/edit-need.tsx';
import ProposalsPage from './pages/proposals/proposals.tsx';
import NewProposalPage from './pages/proposals/new-proposal.tsx';
import ProposalTemplatesPage from './pages/proposals/templates.tsx';
import LessonsPage from './pages/lessons/lessons.tsx';
import NewLessonPage from './pages/lessons/new-lesson.tsx';
import EditLessonPage from './pages/lessons/edit-lesson.tsx';
import GoodPracticesPage from './pages/good-practices/good-practices.tsx';
import GoodPracticePage from './pages/good-practices/good-practice.tsx';
import NewGoodPracticePage from './pages/good-practices/new-good-practice.tsx';
import EditGoodPracticePage from './pages/good-practices/edit-good-practice.tsx';
import { preloadLesson, preloadLessons } from './pages/lessons/lessons.data.ts';
import { preloadPractice, preloadPracticeForm, preloadPractices } from './pages/good-practices/good-practices.data.ts';
import AnnouncementsPage from './pages/announcements/announcements.tsx';
import { preloadAnnouncements } from './pages/announcements/announcements.data.ts';
import { preloadDashboard } from './pages/dashboard/dashboard.data.ts';
import { preloadReport } from './pages/report/report.data.ts';
import NotificationsPage from './pages/notifications/notifications.tsx';
import AdminPage from './pages/admin/admin.tsx';
import AuditPage from './pages/admin/audit.tsx';
import { preloadAdmin } from './pages/admin/admin.data.ts';
import InvitationPage from './pages/invitation/invitation.tsx';
import AccountPage from './pages/account/account.tsx';

// The editor page brings Tiptap and Yjs, several times the size of the rest: loaded when first opened.
const ProposalPage = lazy(() => import('./pages/proposals/proposal.tsx'));
// The dashboard brings Chart.js; the report is printed a few times a year: neither weighs on the first load.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard.tsx'));
const ReportPage = lazy(() => import('./pages/report/report.tsx'));

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Router>
          <Route path="/login" component={LoginPage} />
          <Route path="/invitation/:token" component={InvitationPage} />
          <Route path="/" component={ProtectedLayout}>
            <Route path="/" component={HomePage} />
            <Route path="/municipalities" component={MunicipalitiesPage} preload={preloadMunicipalities} />
            <Route path="/municipalities/:slug" component={MunicipalityPage} preload={preloadMunicipality} />
            <Route path="/calls" component={CallsPage} preload={preloadCalls} />
            <Route path="/calls/new" component={NewCallPage} preload={preloadNewCall} />
            <Route path="/calls/:id" component={CallPage} preload={preloadCall} />
            <Route path="/sources" component={SourcesPage} preload={preloadSources} />
            <Route path="/needs" component={NeedsPage} preload={preloadNeeds} />
            <Route path="/needs/new" component={NewNeedPage} preload={preloadNeeds} />
            <Route path="/needs/:id" component={NeedPage} preload={preloadNeed} />
            <Route path="/needs/:id/edit" component={EditNeedPage} preload={preloadNeed} />
            <Route path="/proposals" component={ProposalsPage} preload={preloadProposals} />
            <Route path="/proposals/new" component={NewProposalPage} />
            <Route path="/proposals/templates" component={ProposalTemplatesPage} preload={preloadProposalTemplates} />
            <Route path="/proposals/:id" component={ProposalPage} preload={preloadProposal} />
            <Route path="/lessons" component={LessonsPage} preload={preloadLessons} />
            <Route path="/lessons/new" component={NewLessonPage} />
            <Route path="/lessons/:id/edit" component={EditLessonPage} preload={preloadLesson} />
            <Route path="/good-practices" component={GoodPracticesPage} preload={preloadPractices} />
            <Route path="/good-practices/new" component={NewGoodPracticePage} preload={preloadPracticeForm} />
            <Route path="/good-practices/:id" component={GoodPracticePage} preload={preloadPractice} />
            <Route path="/good-practices/:id/edit" component={EditGoodPracticePage} preload={preloadPracticeForm} />
            <Route path="/announcements" component={AnnouncementsPage} preload={preloadAnnouncements} />
            <Route path="/dashboard" component={DashboardPage} preload={preloadDashboard} />
            <Route path="/report" component={ReportPage} preload={preloadReport} />
            <Route path="/notifications" component={NotificationsPage} preload={preloadNotifications} />
            <Route path="/admin" component={AdminPage} preload={preloadAdmin} />
            <Route path="/admin/audit" component={AuditPage} />
            <Route path="/account" component={AccountPage} />
            <Route path="*" component={NotFoundPage} />
          </Route>
        </Router>
      </SessionProvider>
    </LanguageProvider>
  );
}
