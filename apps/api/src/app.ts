import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './platform/config';
import type { Database } from './db/database';
import { systemClock, type Clock } from './platform/clock';
import { registerErrorHandling } from './platform/error-handler';
import { registerAccess } from './platform/auth/access';
import { registerOpenApi, registerDocsUi } from './platform/openapi';
import { registerWebApp } from './platform/web-app';
import { buildServices, type Services } from './services';
import { registerSystemRoutes } from './modules/system/system.routes';
import { registerAuthRoutes } from './modules/accounts/auth.routes';
import { registerUserRoutes } from './modules/accounts/users.routes';
import { registerRegionRoutes } from './modules/regions/regions.routes';
import { registerUnitRoutes } from './modules/units/units.routes';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { registerTodoRoutes } from './modules/todos/todos.routes';
import { registerFileRoutes } from './modules/files/files.routes';
import { MAX_UPLOAD_BYTES } from './platform/files/purposes';
import { registerEventRoutes } from './modules/events/events.routes';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes';
import { registerJobRoutes } from './modules/jobs/jobs.routes';
import { registerCalendarRoutes } from './modules/calendar/calendar.routes';
import { registerOrgRoutes } from './modules/orgs/orgs.routes';
import { registerCategoryRoutes } from './modules/orgs/categories.routes';
import { registerDocumentRoutes } from './modules/documents/documents.routes';
import { registerDocumentTemplateRoutes } from './modules/documents/document-templates.routes';
import { registerApplicationRoutes } from './modules/applications/applications.routes';
import { registerPortalRoutes } from './modules/portal/portal.routes';
import { registerPortalPages } from './modules/portal/portal-pages.routes';
import { registerStatsRoutes } from './modules/stats/stats.routes';
import { registerOpenDataRoutes } from './modules/open-data/open-data.routes';
import { registerLedgerRoutes } from './modules/ledgers/ledgers.routes';
import { registerAnnualReportRoutes } from './modules/annual-inspections/annual-reports.routes';
import { registerCycleRoutes } from './modules/annual-inspections/cycles.routes';
import { registerPublicResultRoutes } from './modules/annual-inspections/public-results.routes';
import { registerCreditRoutes } from './modules/credit/credit.routes';
import { registerSupervisionRoutes } from './modules/supervision/supervision.routes';
import { registerActivitiesRoutes } from './modules/activities/activities.routes';
import { registerActivityPage } from './modules/activities/feed/activity-page.routes';
import { registerCommunityOrgRoutes } from './modules/community-orgs/community-orgs.routes';
import { registerWorkflowRoutes } from './modules/applications/workflow.routes';
import { registerSignUpRoutes } from './modules/accounts/sign-ups/sign-ups.routes';
import { registerOrgAccountRoutes } from './modules/accounts/org-accounts.routes';
import type { SqlCapture } from './db/sql-capture';

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Built web app to serve; defaults to apps/web/dist when it exists. */
  webDist?: string | null;
  /** Benchmark profile: records the SQL of marked requests. */
  sqlCapture?: SqlCapture;
}

export interface App {
  app: FastifyInstance;
  services: Services;
  /** Every route as registered, for the test that checks each declares its access. */
  routes: RouteOptions[];
}

z.config(z.locales.zhCN());

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole API without listening: platform plugins first, then every module's routes. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const { config, database } = opts;
  const clock = opts.clock ?? systemClock;
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandling(app);
  opts.sqlCapture?.register(app);

  const routes: RouteOptions[] = [];
  // Public routes are rate limited unless they say otherwise; this hook must run before the plugin's.
  app.addHook('onRoute', (route) => {
    routes.push(route);
    const access = route.config?.access;
    if (route.config && access && 'public' in access && route.config.rateLimit === undefined) {
      route.config.rateLimit = { max: 300, timeWindow: '1 minute' };
    }
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(rateLimit, {
    global: false,
    allowList: config.rateLimitLoopbackExempt ? (req) => LOOPBACK.has(req.ip) : undefined,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `请求过于频繁，请${Math.ceil(ctx.ttl / 1000)}秒后再试`,
    }),
  });
  // Uploads are streamed, never buffered; each route may lower these limits, the purpose registry checks its own.
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
  });
  await registerOpenApi(app, config.version);

  const services = buildServices(config, database, clock, app.log);
  registerAccess(app, services.auth);
  // The scheduler only runs when server.ts starts it; closing the app stops it before the database closes.
  app.addHook('onClose', () => services.jobs.scheduler.stop());
  app.addHook('onClose', () => services.eventDispatcher.stop());

  registerSystemRoutes(app, database, config.version);
  registerAuthRoutes(app, {
    auth: services.auth,
    accounts: services.accounts,
    idleTimeoutMinutes: config.sessionIdleMinutes,
  });
  registerUserRoutes(app, services.users, services.exports);
  registerRegionRoutes(app, services.regions);
  registerUnitRoutes(app, services.units);
  registerAuditRoutes(app, services.audit, services.exports);
  registerTodoRoutes(app, services.todos);
  registerFileRoutes(app, services.files);
  registerEventRoutes(app, services.events);
  registerNotificationRoutes(app, services.notifications);
  registerJobRoutes(app, services.jobs);
  registerCalendarRoutes(app, services.calendar);
  registerOrgRoutes(app, { query: services.orgsQuery, orgs: services.orgs, exports: services.exports });
  registerCategoryRoutes(app, services.categories, services.orgs);
  registerDocumentRoutes(app, services.documents);
  registerDocumentTemplateRoutes(app, services.documentTemplates, services.documents);
  registerApplicationRoutes(app, {
    applications: services.applications,
    settings: services.registrationSettings,
    units: services.units,
  });
  registerWorkflowRoutes(app, services.applications, services.applicationWorkflow);
  registerSignUpRoutes(app, services.signUps);
  registerOrgAccountRoutes(app, services.orgAccounts);
  registerPortalRoutes(app, services.portal);
  registerStatsRoutes(app, services.stats);
  registerOpenDataRoutes(app, services.openData);
  registerLedgerRoutes(app, services.ledgers);
  registerAnnualReportRoutes(app, {
    reports: services.annualReports,
    review: services.annualReview,
    exports: services.exports,
    documents: services.documents,
  });
  registerCycleRoutes(app, services.annualCycles, services.indicatorSets);
  registerPublicResultRoutes(app, services.annualPublic);
  registerCreditRoutes(app, services);
  registerSupervisionRoutes(app, services);
  registerActivitiesRoutes(app, services);
  registerCommunityOrgRoutes(app, { communityOrgs: services.communityOrgs, exports: services.exports });

  await registerDocsUi(app);
  const requested = opts.webDist === undefined ? DEFAULT_WEB_DIST : opts.webDist;
  const webDist = requested && existsSync(path.join(requested, 'index.html')) ? requested : null;
  registerPortalPages(app, { portal: services.portal, webDist, publicBaseUrl: config.publicBaseUrl });
  registerActivityPage(app, { feed: services.activities.feed, webDist, publicBaseUrl: config.publicBaseUrl });
  await registerWebApp(app, webDist);
  return { app, services, routes };
}
