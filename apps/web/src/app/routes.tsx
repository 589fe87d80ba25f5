import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { Permission } from '@shezu/contracts';
import { FullPageSpin } from '../components/FullPageSpin';
import { ForbiddenPage, NotFoundPage } from '../components/ResultPages';
import { LoginPage } from '../features/auth/LoginPage';
import { AppLayout } from './AppLayout';
import { RequireAuth, RequirePermission } from './RequireAuth';
import { SessionWatcher } from './SessionWatcher';

const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const UnitsPage = lazy(() => import('../features/units/UnitsPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const RegionsPage = lazy(() => import('../features/regions/RegionsPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../features/notifications/NotificationSettingsPage'));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage'));
const VerifyPage = lazy(() => import('../features/documents/VerifyPage'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage'));
const EventsPage = lazy(() => import('../features/events/EventsPage'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage'));
const TemplatesPage = lazy(() => import('../features/documents/templates/TemplatesPage'));
const OrgsPage = lazy(() => import('../features/orgs/OrgsPage'));
const OrgCreatePage = lazy(() => import('../features/orgs/OrgCreatePage'));
const OrgDetailPage = lazy(() => import('../features/orgs/detail/OrgDetailPage'));
const OrgCategoriesPage = lazy(() => import('../features/orgs/categories/OrgCategoriesPage'));
const SignUpPage = lazy(() => import('../features/sign-up/SignUpPage'));
const ApplicationsPage = lazy(() => import('../features/applications/ApplicationsPage'));
const ApplicationFormPage = lazy(() => import('../features/applications/form/ApplicationFormPage'));
const ApplicationDetailPage = lazy(() => import('../features/applications/detail/ApplicationDetailPage'));
const LedgersPage = lazy(() => import('../features/ledgers/LedgersPage'));
const CommunityOrgsPage = lazy(() => import('../features/community-orgs/CommunityOrgsPage'));
const CommunityOrgFormPage = lazy(() => import('../features/community-orgs/CommunityOrgFormPage'));
const CommunityOrgDetailPage = lazy(() => import('../features/community-orgs/CommunityOrgDetailPage'));
const OrgAccountsPage = lazy(() => import('../features/org-accounts/OrgAccountsPage'));
const ReviewsPage = lazy(() => import('../features/reviews/ReviewsPage'));
const ReviewDetailPage = lazy(() => import('../features/reviews/ReviewDetailPage'));
const AnnualQueuePage = lazy(() => import('../features/annual-review/AnnualQueuePage'));
const AnnualReviewPage = lazy(() => import('../features/annual-review/AnnualReviewPage'));
const AnnualCyclesPage = lazy(() => import('../features/annual-inspections/CyclesPage'));
const AnnualCycleDashboardPage = lazy(() => import('../features/annual-inspections/CycleDashboardPage'));
const DormantCampaignsPage = lazy(() => import('../features/dormant/CampaignsPage'));
const DormantCampaignPage = lazy(() => import('../features/dormant/CampaignPage'));
const AnnualIndicatorsPage = lazy(() => import('../features/annual-inspections/indicators/IndicatorsPage'));
const SignUpsPage = lazy(() => import('../features/sign-ups-admin/SignUpsPage'));
const RegistrationSettingsPage = lazy(() => import('../features/registration-settings/RegistrationSettingsPage'));
const PortalHomePage = lazy(() => import('../features/portal/PortalHomePage'));
const PortalSearchPage = lazy(() => import('../features/portal/search/SearchPage'));
const PublicOrgPage = lazy(() => import('../features/portal/org/OrgPage'));
const PublicCommunityOrgPage = lazy(() => import('../features/portal/org/CommunityOrgPage'));
const AnnouncementsPage = lazy(() => import('../features/portal/announcements/AnnouncementsPage'));
const AnnouncementPage = lazy(() => import('../features/portal/announcements/AnnouncementPage'));
const PortalStatsPage = lazy(() => import('../features/portal/stats/StatsPage'));
const OpenDataPage = lazy(() => import('../features/portal/open-data/OpenDataPage'));
const UsccCheckPage = lazy(() => import('../features/portal/uscc/UsccCheckPage'));
const MyAnnualReportsPage = lazy(() => import('../features/annual-reports/MyAnnualReportsPage'));
const AnnualReportFillPage = lazy(() => import('../features/annual-reports/fill/AnnualReportFillPage'));
const PublicAnnualInspectionsPage = lazy(() => import('../features/annual-reports/public/AnnualInspectionsPage'));
const CreditScoresPage = lazy(() => import('../features/credit-scores/DistributionPage'));
const CreditSchemePage = lazy(() => import('../features/credit-scores/SchemePage'));
const CreditListingsPage = lazy(() => import('../features/credit/ListingsPage'));
const CreditListingDetailPage = lazy(() => import('../features/credit/ListingDetailPage'));
const CreditRequestsPage = lazy(() => import('../features/credit/RequestsPage'));
const MyCreditPage = lazy(() => import('../features/credit/MyCreditPage'));
const PublicCreditListingsPage = lazy(() => import('../features/credit/public/PublicListingsPage'));
const ComplaintFormPage = lazy(() => import('../features/complaints/ComplaintFormPage'));
const ComplaintTrackPage = lazy(() => import('../features/complaints/ComplaintTrackPage'));
const ComplaintsPage = lazy(() => import('../features/complaints/ComplaintsPage'));
const ComplaintDetailPage = lazy(() => import('../features/complaints/ComplaintDetailPage'));
const PenaltiesPage = lazy(() => import('../features/penalties/PenaltiesPage'));
const NewPenaltyPage = lazy(() => import('../features/penalties/NewPenaltyPage'));
const PenaltyDetailPage = lazy(() => import('../features/penalties/PenaltyDetailPage'));
const PublicPenaltiesPage = lazy(() => import('../features/penalties/PublicPenaltiesPage'));
const SupervisionCasesPage = lazy(() => import('../features/supervision-cases/CasesPage'));
const SupervisionCaseDetailPage = lazy(() => import('../features/supervision-cases/CaseDetailPage'));
const CaseTasksPage = lazy(() => import('../features/supervision-cases/CaseTasksPage'));
const MySupervisionPage = lazy(() => import('../features/supervision-cases/MySupervisionPage'));
const RiskWarningsPage = lazy(() => import('../features/risk-warnings/WarningsPage'));
const RiskWarningDetailPage = lazy(() => import('../features/risk-warnings/WarningDetailPage'));
const IllegalOrgsPage = lazy(() => import('../features/illegal-orgs/IllegalOrgsPage'));
const SpotCheckPlansPage = lazy(() => import('../features/spot-checks/PlansPage'));
const SpotCheckPlanPage = lazy(() => import('../features/spot-checks/PlanPage'));
const SpotCheckPage = lazy(() => import('../features/spot-checks/CheckPage'));
const InspectorsPage = lazy(() => import('../features/spot-checks/InspectorsPage'));
const PublicSpotCheckResultsPage = lazy(() => import('../features/spot-checks/PublicResultsPage'));
const MySpotChecksPage = lazy(() => import('../features/spot-checks/MyChecksPage'));
const IllegalOrgDetailPage = lazy(() => import('../features/illegal-orgs/IllegalOrgDetailPage'));
const PublicIllegalOrgsPage = lazy(() => import('../features/illegal-orgs/PublicIllegalOrgsPage'));
const SpecialCampaignsPage = lazy(() => import('../features/special-campaigns/CampaignsPage'));
const SpecialCampaignPage = lazy(() => import('../features/special-campaigns/CampaignPage'));
const PortalMissingPage = lazy(() => import('../features/portal/PortalMissingPage'));
const PortalActivitiesPage = lazy(() => import('../features/portal/activities/ActivitiesFeedPage'));
const PortalActivityPage = lazy(() => import('../features/portal/activities/ActivityPage'));
const MyActivitiesPage = lazy(() => import('../features/activities/MyActivitiesPage'));
const ActivityFormPage = lazy(() => import('../features/activities/ActivityFormPage'));
const ActivityDetailPage = lazy(() => import('../features/activities/ActivityDetailPage'));
const ActivitiesPage = lazy(() => import('../features/activities/ActivitiesPage'));
const ActivityStatsPage = lazy(() => import('../features/activities/StatsPage'));
const ActivitySettingsPage = lazy(() => import('../features/activities/SettingsPage'));
const MyMajorMattersPage = lazy(() => import('../features/major-matters/MyMajorMattersPage'));
const MajorMattersPage = lazy(() => import('../features/major-matters/MajorMattersPage'));
const MajorMatterDetailPage = lazy(() => import('../features/major-matters/MajorMatterDetailPage'));

const page = (node: ReactNode) => <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;
const guarded = (permission: Permission, node: ReactNode) =>
  page(<RequirePermission permission={permission}>{node}</RequirePermission>);

/** Paths follow the API's names (kebab-case plurals); the platform's admin pages live under /admin. */
export function AppRoutes() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* The QR code on every issued document opens this page: public, outside the auth guard. */}
        <Route path="/verify/:code" element={page(<VerifyPage />)} />
        <Route path="/sign-up" element={page(<SignUpPage />)} />
        {/* The public portal, no login. The server answers /org/<USCC> and /community-org/<id> with this app. */}
        <Route path="/portal" element={page(<PortalHomePage />)} />
        <Route path="/portal/search" element={page(<PortalSearchPage />)} />
        <Route path="/portal/announcements" element={page(<AnnouncementsPage />)} />
        <Route path="/portal/announcements/:id" element={page(<AnnouncementPage />)} />
        <Route path="/portal/stats" element={page(<PortalStatsPage />)} />
        <Route path="/portal/open-data" element={page(<OpenDataPage />)} />
        <Route path="/portal/uscc" element={page(<UsccCheckPage />)} />
        <Route path="/portal/annual-inspections" element={page(<PublicAnnualInspectionsPage />)} />
        <Route path="/portal/credit-listings" element={page(<PublicCreditListingsPage />)} />
        <Route path="/portal/illegal-orgs" element={page(<PublicIllegalOrgsPage />)} />
        <Route path="/portal/spot-check-results" element={page(<PublicSpotCheckResultsPage />)} />
        <Route path="/portal/complaints/new" element={page(<ComplaintFormPage />)} />
        <Route path="/portal/penalties" element={page(<PublicPenaltiesPage />)} />
        <Route path="/portal/complaints/track" element={page(<ComplaintTrackPage />)} />
        <Route path="/portal/activities" element={page(<PortalActivitiesPage />)} />
        <Route path="/portal/activities/:id" element={page(<PortalActivityPage />)} />
        <Route path="/portal/*" element={page(<PortalMissingPage />)} />
        <Route path="/org/:uscc" element={page(<PublicOrgPage />)} />
        <Route path="/community-org/:id" element={page(<PublicCommunityOrgPage />)} />
        <Route element={<RequireAuth />}>
          <Route path="/change-password" element={page(<ChangePasswordPage />)} />
          <Route element={<AppLayout />}>
            <Route index element={page(<HomePage />)} />
            <Route path="/orgs" element={guarded('orgs.read', <OrgsPage />)} />
            <Route path="/orgs/new" element={guarded('orgs.manage', <OrgCreatePage />)} />
            <Route path="/orgs/:id" element={guarded('orgs.read', <OrgDetailPage />)} />
            <Route path="/applications" element={guarded('applications.apply', <ApplicationsPage />)} />
            <Route path="/applications/new/:kind" element={guarded('applications.apply', <ApplicationFormPage />)} />
            <Route path="/applications/:id/edit" element={guarded('applications.apply', <ApplicationFormPage />)} />
            {/* To-dos link here for applicants and reviewers alike; reviewers are sent on to /reviews/:id. */}
            <Route path="/applications/:id" element={guarded('applications.read', <ApplicationDetailPage />)} />
            <Route path="/ledgers" element={guarded('ledgers.import', <LedgersPage />)} />
            <Route path="/community-orgs" element={guarded('community_orgs.read', <CommunityOrgsPage />)} />
            <Route path="/community-orgs/new" element={guarded('community_orgs.manage', <CommunityOrgFormPage />)} />
            <Route path="/community-orgs/:id" element={guarded('community_orgs.read', <CommunityOrgDetailPage />)} />
            <Route
              path="/community-orgs/:id/edit"
              element={guarded('community_orgs.manage', <CommunityOrgFormPage />)}
            />
            <Route path="/org-accounts" element={guarded('orgs.accounts', <OrgAccountsPage />)} />
            <Route path="/my-annual-reports" element={guarded('annual.fill', <MyAnnualReportsPage />)} />
            <Route path="/annual-reports/:id/fill" element={guarded('annual.read', <AnnualReportFillPage />)} />
            {/* Reviewers only (applications.review or .decide): the pages check that themselves. */}
            <Route path="/reviews" element={guarded('applications.read', <ReviewsPage />)} />
            <Route path="/reviews/:id" element={guarded('applications.read', <ReviewDetailPage />)} />
            {/* The joint review of annual reports; an organization opening /annual-reports/:id is sent to /fill. */}
            <Route path="/annual-reports" element={guarded('annual.read', <AnnualQueuePage />)} />
            <Route path="/annual-reports/:id" element={guarded('annual.read', <AnnualReviewPage />)} />
            <Route path="/annual-inspections" element={guarded('annual.read', <AnnualCyclesPage />)} />
            <Route path="/annual-inspections/:id" element={guarded('annual.read', <AnnualCycleDashboardPage />)} />
            <Route path="/dormant-campaigns" element={guarded('credit.read', <DormantCampaignsPage />)} />
            <Route path="/dormant-campaigns/:id" element={guarded('credit.read', <DormantCampaignPage />)} />
            <Route path="/special-campaigns" element={guarded('supervision.read', <SpecialCampaignsPage />)} />
            <Route path="/special-campaigns/:id" element={guarded('supervision.read', <SpecialCampaignPage />)} />
            <Route path="/credit-listings" element={guarded('credit.read', <CreditListingsPage />)} />
            <Route path="/credit-listings/:id" element={guarded('credit.read', <CreditListingDetailPage />)} />
            {/* Staff decide here; an organization account sees its own requests on /my-credit. */}
            <Route path="/credit-requests" element={guarded('credit.read', <CreditRequestsPage />)} />
            <Route path="/my-credit" element={guarded('credit.apply', <MyCreditPage />)} />
            <Route path="/risk-warnings" element={guarded('supervision.read', <RiskWarningsPage />)} />
            <Route path="/supervision-cases" element={guarded('supervision.read', <SupervisionCasesPage />)} />
            <Route path="/supervision-cases/:id" element={guarded('supervision.read', <SupervisionCaseDetailPage />)} />
            <Route path="/case-tasks" element={guarded('supervision.partner', <CaseTasksPage />)} />
            <Route path="/my-supervision" element={guarded('supervision.respond', <MySupervisionPage />)} />
            <Route path="/risk-warnings/:id" element={guarded('supervision.read', <RiskWarningDetailPage />)} />
            <Route path="/illegal-orgs" element={guarded('supervision.read', <IllegalOrgsPage />)} />
            <Route path="/spot-check-plans" element={guarded('supervision.read', <SpotCheckPlansPage />)} />
            <Route path="/spot-check-plans/:id" element={guarded('supervision.read', <SpotCheckPlanPage />)} />
            {/* Staff and the check's own inspectors (who have no supervision.read): the API decides. */}
            <Route path="/spot-checks/:id" element={guarded('orgs.read', <SpotCheckPage />)} />
            <Route path="/inspectors" element={guarded('supervision.read', <InspectorsPage />)} />
            <Route path="/my-spot-checks" element={guarded('supervision.inspect', <MySpotChecksPage />)} />
            <Route path="/illegal-orgs/:id" element={guarded('supervision.read', <IllegalOrgDetailPage />)} />
            <Route path="/complaints" element={guarded('supervision.read', <ComplaintsPage />)} />
            <Route path="/complaints/:id" element={guarded('supervision.read', <ComplaintDetailPage />)} />
            <Route path="/penalties" element={guarded('supervision.read', <PenaltiesPage />)} />
            <Route path="/penalties/new" element={guarded('penalties.manage', <NewPenaltyPage />)} />
            <Route path="/penalties/:id" element={guarded('supervision.read', <PenaltyDetailPage />)} />
            <Route path="/my-activities" element={guarded('activities.post', <MyActivitiesPage />)} />
            <Route path="/my-activities/new" element={guarded('activities.post', <ActivityFormPage />)} />
            <Route path="/my-activities/:id" element={guarded('activities.post', <ActivityDetailPage />)} />
            <Route path="/my-activities/:id/edit" element={guarded('activities.post', <ActivityFormPage />)} />
            <Route path="/activities" element={guarded('activities.read', <ActivitiesPage />)} />
            <Route path="/activities/:id" element={guarded('activities.read', <ActivityDetailPage />)} />
            <Route path="/activity-stats" element={guarded('activities.read', <ActivityStatsPage />)} />
            <Route path="/activity-settings" element={guarded('activities.decide', <ActivitySettingsPage />)} />
            <Route path="/my-major-matters" element={guarded('major_matters.report', <MyMajorMattersPage />)} />
            <Route path="/major-matters" element={guarded('activities.read', <MajorMattersPage />)} />
            <Route path="/major-matters/:id" element={guarded('activities.read', <MajorMatterDetailPage />)} />
            <Route path="/sign-ups" element={guarded('users.manage', <SignUpsPage />)} />
            <Route path="/users" element={guarded('users.read', <UsersPage />)} />
            <Route path="/units" element={guarded('units.read', <UnitsPage />)} />
            <Route path="/audit-logs" element={guarded('audit.read', <AuditPage />)} />
            <Route path="/regions" element={guarded('regions.read', <RegionsPage />)} />
            <Route path="/documents" element={guarded('documents.read', <DocumentsPage />)} />
            <Route path="/notifications" element={guarded('notifications.read', <NotificationsPage />)} />
            <Route
              path="/notification-settings"
              element={guarded('notifications.read', <NotificationSettingsPage />)}
            />
            <Route path="/admin/jobs" element={guarded('jobs.manage', <JobsPage />)} />
            <Route path="/admin/events" element={guarded('events.manage', <EventsPage />)} />
            <Route path="/admin/calendar" element={guarded('calendar.read', <CalendarPage />)} />
            <Route path="/admin/document-templates" element={guarded('templates.manage', <TemplatesPage />)} />
            <Route path="/admin/org-categories" element={guarded('categories.manage', <OrgCategoriesPage />)} />
            <Route
              path="/admin/registration-settings"
              element={guarded('applications.settings', <RegistrationSettingsPage />)}
            />
            <Route path="/admin/annual-indicators" element={guarded('annual.indicators', <AnnualIndicatorsPage />)} />
            <Route path="/credit-scores" element={guarded('credit.read', <CreditScoresPage />)} />
            <Route path="/admin/credit-scheme" element={guarded('credit.scheme', <CreditSchemePage />)} />
            <Route path="/403" element={<ForbiddenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
