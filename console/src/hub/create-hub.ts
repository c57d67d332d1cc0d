import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createHubLogger } from './hub-logger.ts';
import { monotonicClock, systemClock, type Clock } from './clock.ts';
import type { HubConfig } from './config.ts';
import { createSessionRevocation } from './auth/session-revocation.ts';
import { registerAccountRoutes } from './http/account-routes.ts';
import { createLinkAnnouncer } from './announce-link.ts';
import { createReleaseAnnouncer } from './announce-release.ts';
import { registerAdminRoutes } from './http/admin-routes.ts';
import { registerAuthRoutes } from './http/auth-routes.ts';
import { createEnvToken } from './env-enroll-token.ts';
import { createEnrollmentGuard } from './http/enrollment-guard.ts';
import { registerEnrollmentRoutes } from './http/enrollment-routes.ts';
import { recordApiRoutes, requireSignInByDefault, type ApiRoute } from './http/access.ts';
import { registerApiDescription } from './http/api-description.ts';
import { createHttpApp } from './http/http-app.ts';
import { LISTEN_BACKLOG } from './http/listen-backlog.ts';
import { announceHubTrust, handOverSecret } from './tls/announce-trust.ts';
import { createDeviceTrustStore } from './tls/device-trust-store.ts';
import { loadHubCertificate, type HubCertificate } from './tls/hub-certificate.ts';
import { registerTrustRoutes } from './tls/trust-routes.ts';
import { serverTlsOptions } from './tls/server-options.ts';
import { settleTlsSetting } from './tls/tls-default.ts';
import { createConnectionSwaps } from './tls/connection-swaps.ts';
import { registerInventoryRoutes } from './http/inventory-routes.ts';
import { registerDeviceBulkRoutes } from './http/device-bulk-routes.ts';
import { registerPrivacyRoutes } from './http/privacy-routes.ts';
import { setUpAgentUpdates } from './releases/agent-updates.ts';
import { createDeviceFleetStore } from './storage/device-fleet-store.ts';
import { registerReinstallRoutes } from './http/reinstall-routes.ts';
import { createSignInGuard } from './http/sign-in-guard.ts';
import { registerSoftwareRoutes } from './http/software-routes.ts';
import { registerTaskRoutes } from './http/task-routes.ts';
import { registerSeatRoutes } from './http/seat-routes.ts';
import { registerProgramRoutes } from './http/program-routes.ts';
import { createProgramService } from './program/program-service.ts';
import { createProgramStore } from './storage/program-store.ts';
import { registerQuickFixRoutes } from './http/quick-fix-routes.ts';
import { registerCannedReplyRoutes } from './http/canned-reply-routes.ts';
import { createCannedRepliesStore } from './storage/canned-replies-store.ts';
import { createResolutionsStore } from './storage/resolutions-store.ts';
import { createInventoryGate } from './inventory-gate.ts';
import { createPresence } from './presence.ts';
import { createClusterAdapter } from './cluster/cluster-adapter.ts';
import { createHubCluster } from './cluster/hub-cluster.ts';
import { createReinstalls } from './reinstalls.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { roomForDevice } from './rooms.ts';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from './socket-limits.ts';
import { endEarlierConnections, registerAgentNamespace } from './sockets/agent-namespace.ts';
import { registerConsoleNamespace } from './sockets/console-namespace.ts';
import { createConsoleSessions } from './sockets/console-sessions.ts';
import { createSocketServer } from './sockets/socket-server.ts';
import { createDeviceReach } from './access/device-reach.ts';
import { createLiveWatch } from './live/live-watch.ts';
import { createDutyRoster } from './routing/duty-roster.ts';
import { helpDeskInfo } from './routing/help-desk-info.ts';
import { routeNewRequest } from './routing/offer-request.ts';
import { createRoomIncidents } from './routing/room-incidents.ts';
import { closeWithinGrace, trackConnections } from './http/lingering-connections.ts';
import { closeRetiredRequests } from './routing/retired-requests.ts';
import { scheduleRequestSweeps } from './routing/request-sweeps.ts';
import { createAccessLogStore } from './storage/access-log-store.ts';
import { createAccountsStore } from './storage/accounts-store.ts';
import { createAdminStore } from './storage/admin-store.ts';
import { createPendingWork } from './pending-work.ts';
import { openHubDatabase, type HubDatabase } from './storage/database.ts';
import { createDeviceLinksStore } from './storage/device-links-store.ts';
import { createDevicesStore } from './storage/devices-store.ts';
import { createVerdictCountFeed, createVerdictCountPushes } from './software/verdict-count-feed.ts';
import { createDeviceFeed } from './device-feed/device-feed.ts';
import { createSeatsStore } from './storage/seats-store.ts';
import { createDutyStore } from './storage/duty-store.ts';
import { createEnrollmentStore } from './storage/enrollment-store.ts';
import { createFleetSummary } from './storage/fleet-summary.ts';
import { createAgentCostStore } from './storage/agent-cost-store.ts';
import { createRequestsStore } from './storage/requests-store.ts';
import { createRequestTimeline } from './storage/request-timeline.ts';
import { createRequesterView } from './storage/requester-view.ts';
import { createRequestPublisher } from './request-publisher.ts';
import { createSettingsStore } from './storage/settings-store.ts';
import { scheduleRetention } from './retention.ts';
import { createOutdatedService } from './software/outdated-service.ts';
import { createOutdatedInputs } from './storage/outdated-inputs.ts';
import { createSoftwareRulesStore } from './storage/software-rules-store.ts';
import { createTasksStore } from './storage/tasks-store.ts';
import { createQuickFixesStore } from './storage/quick-fixes-store.ts';
import { createQuickFixDesk } from './sockets/quick-fix-handlers.ts';
import { createUsersStore } from './storage/users-store.ts';

/** Where `npm run build:ui` puts the console UI (console/dist/ui). */
/** How long requests under way at close may take before their connections are ended. */
const CLOSE_GRACE_MS = 5_000;

const defaultWebRoot = () => join(import.meta.dirname, '..', '..', 'dist', 'ui');

export type HubDeps = {
  config: HubConfig;
  /** Defaults to PostgreSQL at `config.databaseUrl`, or SQLite at `<dataDir>/hub.sqlite`. */
  database?: HubDatabase;
  clock?: Clock;
  logger?: Logger;
  /** The console page's folder; bundles (the Electron app) say where they put it. */
  webRoot?: string;
  /** Socket limits other than the contract's (tests reach a limit or a deadline quickly). */
  limits?: Partial<SocketLimits>;
  /** How often unclaimed requests are looked at (tests on a moved clock look often). */
  escalationSweepMs?: number;
  /** A folder of agent releases that ship with the hub (see releases/shipped-releases.ts). */
  shippedReleases?: string;
};

export type Hub = {
  /** Base URL for clients on this machine, e.g. http://127.0.0.1:7300 */
  url: string;
  port: number;
  /** The certificate it serves HTTPS and WSS with; null for plain HTTP. */
  certificate: Pick<HubCertificate, 'fingerprint' | 'nextFingerprint'> | null;
  database: HubDatabase;
  logger: Logger;
  /** Every REST route it serves, with who may call it. */
  routes: readonly ApiRoute[];
  /** How many consoles a person has connected now, as the hub has counted them. */
  consoleConnections(userId: string): number;
  /** How many times the device list consoles sync from was read from storage. */
  deviceListBuilds(): number;
  close(): Promise<void>;
};

/** Starts a hub: HTTP API, console page and Socket.IO on one port, over the given storage. */
export async function createHub(deps: HubDeps): Promise<Hub> {
  const { config } = deps;
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? createHubLogger(config.logLevel);
  const database = deps.database ?? (await openHubDatabase(config));
  const pendingWork = createPendingWork();

  // Requests and their timelines share one clock that never repeats an instant (see monotonicClock).
  const eventClock = monotonicClock(clock);
  const users = createUsersStore(database.db, clock);
  const enrollment = createEnrollmentStore(database.db, clock);
  // Each computer's counts of titles behind, from the verdict engine (filled once it has judged).
  const verdictCounts = createVerdictCountFeed();
  const devices = createDevicesStore(database.db, clock, verdictCounts.get);
  const seats = createSeatsStore(database.db);
  const requests = createRequestsStore(database.db, eventClock);
  // Answers for computers connected to the other hubs sharing the database too (hub-cluster.ts).
  const cluster = createHubCluster({
    presence: createPresence(),
    consolePresence: createPresence(),
    logger: logger.child({ part: 'cluster' }),
  });
  const { presence, consolePresence } = cluster;
  const timeline = createRequestTimeline(database.db, eventClock);
  const requesterView = createRequesterView(database.db);
  const admin = createAdminStore(database.db);
  const duty = createDutyStore(database.db);

  // Several hubs may start together on one new database: createFirst lets exactly one of them
  // make the account, where a count then an insert let every one try (and all but one fail).
  if (config.adminPassword && (await users.count()) === 0) {
    const created = await users.createFirst({
      username: 'admin',
      password: config.adminPassword,
      role: 'coordinator',
      displayName: 'Coordinator',
    });
    if (created)
      logger.info('created the coordinator account "admin" from HANDRAISE_ADMIN_PASSWORD');
  }

  const webRoot = deps.webRoot ?? defaultWebRoot();
  if (!existsSync(join(webRoot, 'index.html'))) {
    logger.warn({ webRoot }, 'the console UI is not built here; run `npm run build:ui`');
  }
  const settings = createSettingsStore(database.db, clock);
  if (config.enrollToken) await createEnvToken(config.enrollToken, enrollment, settings, logger);
  const retention = scheduleRetention({
    db: database.db,
    clock,
    settings: () => settings.get(),
    logger,
  });
  const limits: SocketLimits = { ...DEFAULT_SOCKET_LIMITS, ...deps.limits };
  const tlsLog = logger.child({ part: 'tls' });
  const certificate = await loadHubCertificate(
    await settleTlsSetting(config.tls, config.dataDir, database.db, tlsLog),
    config.dataDir,
    clock.now(),
    tlsLog,
  );
  const app = createHttpApp({
    logger,
    webRoot,
    trustProxy: config.trustProxy,
    tls: certificate && serverTlsOptions(certificate),
  });
  const connections = trackConnections(app.server);
  // Made before the routes, which push to consoles and devices through it; its namespaces get
  // their handlers below, and nothing connects before the hub listens.
  const clusterAdapter = config.databaseUrl
    ? createClusterAdapter(config.databaseUrl, logger.child({ part: 'cluster' }))
    : null;
  const sockets = createSocketServer(app.server, {
    limits,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    logger: logger.child({ part: 'sockets' }),
    ...(clusterAdapter ? { adapter: clusterAdapter.adapter } : {}),
  });
  // A lone hub (no shared adapter) has no one to tell: Socket.IO's own adapter refuses
  // server-side messages.
  if (clusterAdapter) cluster.attach(sockets.agents);
  // Device pushes pass through the feed first: it keeps the list consoles sync from.
  const deviceFeed = createDeviceFeed({
    listPage: (afterId, limit) => devices.listPage(afterId, limit, presence.isOnline),
  });
  // What this hub's own verdict engine finds goes to its own consoles (each hub's engine finds
  // the same); everything else also goes to the other hubs' consoles.
  const notifyConsolesHere = deviceFeed.tap(sockets.notifyConsoles);
  const notifyConsoles = cluster.shareConsolePushes(notifyConsolesHere);
  const notifyPeople = cluster.sharePeoplePushes(sockets.notifyPeople);
  const notifyDevice = cluster.shareDevicePushes(sockets.notifyDevice);
  const disconnectDevice = cluster.shareDisconnects(sockets.disconnectDevice);
  const { agents, consoles } = sockets;
  const roster = createDutyRoster({
    duty,
    isConnected: consolePresence.isOnline,
    clock,
    notifyConsoles,
  });
  const rules = createSoftwareRulesStore(database.db, clock);
  const tasks = createTasksStore(database.db, clock);
  const outdated = cluster.shareVerdictInputs(
    createOutdatedService({
      inputs: createOutdatedInputs(database.db),
      rules,
      tasks,
      clock,
      notifyConsoles: notifyConsolesHere,
      logger: logger.child({ part: 'outdated' }),
    }),
  );
  const verdictCountPushes = createVerdictCountPushes({
    feed: verdictCounts,
    counts: () => outdated.engine.deviceCounts(),
    devices: {
      find: (deviceId) => devices.find(deviceId, presence.isOnline),
      list: () => devices.list({}, presence.isOnline),
    },
    notifyConsoles: notifyConsolesHere,
    logger: logger.child({ part: 'verdict-counts' }),
  });
  outdated.onJudged(() => verdictCountPushes.schedule());
  // Looks are read newest first: the clock that never repeats an instant keeps their order.
  const accessLog = createAccessLogStore(database.db, eventClock);
  const agentCosts = createAgentCostStore(database.db, clock);
  const deviceReach = createDeviceReach({
    requests,
    accessLog,
    studentsSeeSoftware: async () => (await settings.get()).studentsSeeSoftware,
    agentCost: async (deviceId) => agentCosts.judged(deviceId, await settings.get()),
  });
  // Watchers on other hubs count too: the agent hears everyone, and samples reach every hub.
  const liveAcrossHubs = cluster.shareLiveView((deviceId, viewers) =>
    agents.local.to(roomForDevice(deviceId)).emit('live:viewers', viewers),
  );
  const live = liveAcrossHubs.share(
    createLiveWatch({
      findDevice: (deviceId) => devices.find(deviceId, presence.isOnline),
      maySee: (user, device, { log }) =>
        log ? deviceReach.lookAtDetails(user, device, 'live') : deviceReach.maySeeNow(user, device),
      isOnline: presence.isOnline,
      tellAgent: liveAcrossHubs.viewersChanged,
      clock,
      logger: logger.child({ part: 'live' }),
    }),
  );
  const publishRequest = createRequestPublisher({
    requests,
    requesterView,
    notifyConsoles,
    notifyDevice,
    // A student advisor's live view ends the moment the request she helped with moves on.
    onDeviceRequestChanged: (deviceId) => live.recheck(deviceId),
  });
  const roomIncidents = createRoomIncidents({
    db: database.db,
    clock,
    eventClock,
    requests,
    timeline,
    people: admin,
    publishRequest,
    settings,
  });
  // Before any route: every API route is signed-in only unless it says otherwise.
  requireSignInByDefault(app, users);
  const apiRoutes = recordApiRoutes(app);
  await registerApiDescription(app);
  // One guard for sign-ins and password changes; one notice for every way a session ends.
  const signInGuard = createSignInGuard(clock);
  // A session ended here may be open on a console connected to another hub.
  const revocation = createSessionRevocation((end) => relaySessionEnd(end));
  const relaySessionEnd = cluster.shareSessionEnds((end) => revocation.endedElsewhere(end));
  registerAuthRoutes(app, { users, guard: signInGuard, revocation });
  registerAccountRoutes(app, {
    users,
    accounts: createAccountsStore(database.db, clock, eventClock),
    guard: signInGuard,
    revocation,
    onWorkReleased: createReleaseAnnouncer({
      publishRequest,
      tasks,
      publishTask: (task) => outdated.publishTask(task),
      logger,
    }),
  });
  const reinstalls = createReinstalls({
    links: createDeviceLinksStore(database.db, clock),
    settings,
    clock,
    isOnline: presence.isOnline,
    onLinked: createLinkAnnouncer({
      disconnectDevice,
      notifyConsoles,
      publishRequest,
      devices,
      isOnline: presence.isOnline,
      deviceChanged: (deviceId) => outdated.deviceChanged(deviceId),
      logger,
    }),
    logger: logger.child({ part: 'reinstalls' }),
  });
  const inventoryGate = createInventoryGate(limits, clock);
  const requestInventory = (deviceId: string): boolean => {
    if (!presence.isOnline(deviceId)) return false;
    // One open ask per device: the report it brings answers every ask made meanwhile.
    if (inventoryGate.ask(deviceId)) notifyDevice(deviceId, 'inventory:request');
    return true;
  };
  registerEnrollmentRoutes(app, {
    enrollment,
    devices,
    reinstalls,
    guard: createEnrollmentGuard(clock),
    seats,
    onEnrolled: async (deviceId) => {
      // Its first report is the full one the hub wants.
      inventoryGate.expectFull(deviceId);
      // Consoles list the new computer at once, before its agent first connects.
      const device = await devices.find(deviceId, presence.isOnline);
      if (device) notifyConsoles('device:updated', device);
      await outdated.deviceChanged(deviceId);
    },
  });
  registerReinstallRoutes(app, { reinstalls });
  registerInventoryRoutes(app, { devices, requests, presence, reach: deviceReach, accessLog });
  registerDeviceBulkRoutes(app, {
    fleet: createDeviceFleetStore(database.db, clock),
    devices,
    isOnline: presence.isOnline,
    requestInventory,
    notifyConsoles,
    publishRequest,
    disconnectDevice: (deviceId, reason) => {
      // Sent first on the same connection, so the agent reads it before the disconnect.
      notifyDevice(deviceId, 'hub:farewell', { reason });
      disconnectDevice(deviceId);
    },
    closeRequests: (requestIds) =>
      closeRetiredRequests(requestIds, {
        requests,
        timeline,
        membership: roomIncidents.handlers.membership,
        publishRequest,
      }),
    deviceChanged: (deviceId) => outdated.deviceChanged(deviceId),
    logger: logger.child({ part: 'device-bulk' }),
  });
  registerPrivacyRoutes(app, {
    db: database.db,
    clock,
    disconnectDevice: (deviceId, reason) => {
      notifyDevice(deviceId, 'hub:farewell', { reason });
      disconnectDevice(deviceId);
    },
    notifyConsoles,
    deviceChanged: (deviceId) => outdated.deviceChanged(deviceId),
    logger: logger.child({ part: 'privacy' }),
  });
  const connectionSwaps = createConnectionSwaps(clock);
  registerTrustRoutes(app, {
    certificate,
    trust: createDeviceTrustStore(database.db, clock),
    clock,
    turnAway: (deviceId, reason) => {
      // Sent first on the same connection, so the agent reads it before the disconnect.
      notifyDevice(deviceId, 'hub:farewell', { reason });
      disconnectDevice(deviceId);
    },
    handOverSecret: cluster.shareSecretHandover((deviceId, secret, timeoutMs) =>
      handOverSecret(agents, deviceId, secret, timeoutMs),
    ),
    swaps: connectionSwaps,
    deviceChanged: async (deviceId) => {
      const device = await devices.find(deviceId, presence.isOnline);
      if (device) notifyConsoles('device:updated', device);
    },
    logger: logger.child({ part: 'trust' }),
  });
  announceHubTrust(agents, certificate, createDeviceTrustStore(database.db, clock), tlsLog);
  registerSeatRoutes(app, {
    seats,
    findDevice: (deviceId) => devices.find(deviceId, presence.isOnline),
    publishDevice: (device) => notifyConsoles('device:updated', device),
  });
  registerAdminRoutes(app, {
    users,
    admin,
    settings,
    fleet: createFleetSummary(database.db),
    agentCosts,
    onDuty: () => roster.people(),
  });
  registerSoftwareRoutes(app, {
    rules,
    outdated,
    findDevice: (deviceId) => devices.find(deviceId, presence.isOnline),
    reach: deviceReach,
  });
  registerTaskRoutes(app, { admin, tasks, outdated });
  registerProgramRoutes(app, {
    program: createProgramService({ store: createProgramStore(database.db), clock }),
    clock,
  });
  // Fixes written in one instant keep the order they were written in (oldest first among equals).
  const quickFixes = createQuickFixesStore(database.db, eventClock);
  registerQuickFixRoutes(app, { fixes: quickFixes, settings });
  registerCannedReplyRoutes(app, { replies: createCannedRepliesStore(database.db, clock) });
  const agentUpdates = await setUpAgentUpdates({
    app,
    db: database.db,
    clock,
    settings,
    dataDir: config.dataDir,
    shippedFolder: deps.shippedReleases,
    devices,
    agents,
    logger: logger.child({ part: 'updates' }),
  });
  await app.ready();

  const sweeps = scheduleRequestSweeps(
    {
      requests,
      timeline,
      publishRequest,
      clock,
      escalateAfterMinutes: async () => (await settings.get()).escalateAfterMinutes,
      closeResolvedAfterDays: async () => (await settings.get()).closeResolvedAfterDays,
      roster,
      logger: logger.child({ part: 'request-sweeps' }),
    },
    deps.escalationSweepMs,
  );

  // A computer connecting to another hub ends its connection here, as a second one here would.
  const takeOver = cluster.shareTakeovers((deviceId, { address, issuedAt }) =>
    endEarlierConnections(
      agents,
      deviceId,
      { socketId: null, address, issuedAt },
      logger.child({ deviceId }),
      connectionSwaps,
    ),
  );
  registerAgentNamespace(agents, {
    takeOver,
    pendingWork,
    requester: {
      requests,
      requesterView,
      timeline,
      publishRequest,
      messageLimiter: createRateLimiter(limits.requesterMessages, clock),
      people: admin,
      accessLog,
      desk: (deviceId) =>
        helpDeskInfo(deviceId, {
          findDevice: (id) => devices.find(id, presence.isOnline),
          roster,
          fallbackContact: async () => (await settings.get()).fallbackContact,
        }),
    },
    devices,
    requests,
    presence,
    helpRateLimiter: createRateLimiter(limits.helpRequests, clock),
    liveSampleLimiter: createRateLimiter(limits.liveSamples, clock),
    inventoryGate,
    swaps: connectionSwaps,
    notifyConsoles,
    routeNewRequest: (request) =>
      roomIncidents.groupThenRoute(request, (waiting) =>
        routeNewRequest(waiting, {
          roster,
          duty,
          timeline,
          publishRequest,
          notifyPeople,
          logger: logger.child({ part: 'routing' }),
        }),
      ),
    onInventoryStored: (deviceId) => outdated.deviceChanged(deviceId),
    agentCosts,
    quickFixes: createQuickFixDesk(quickFixes, clock),
    live,
    updates: agentUpdates,
    logger: logger.child({ nsp: 'agent' }),
  });
  const consoleSessions = createConsoleSessions({
    clock,
    revocation,
    isLive: (tokenHash) => users.isLive(tokenHash),
    logger: logger.child({ part: 'console-sessions' }),
  });
  registerConsoleNamespace(consoles, {
    actions: { requests, timeline, publishRequest, people: admin },
    incidents: roomIncidents.handlers,
    desk: { resolutions: createResolutionsStore(database.db, clock), clock },
    reach: deviceReach,
    duty: { duty, consoles: consolePresence, roster },
    sessions: consoleSessions,
    deviceFeed,
    live,
    tasks,
    users,
    devices,
    requests,
    presence,
    requestInventory,
    inventoryAskLimiter: createRateLimiter(limits.inventoryAsks, clock),
    logger: logger.child({ nsp: 'console' }),
  });

  await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  const port = (app.server.address() as AddressInfo).port;
  const url = `${certificate ? 'https' : 'http'}://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    database,
    logger,
    routes: apiRoutes,
    certificate: certificate && {
      fingerprint: certificate.fingerprint,
      nextFingerprint: certificate.nextFingerprint,
    },
    consoleConnections: (userId) => consolePresence.connections(userId),
    deviceListBuilds: () => deviceFeed.builds(),
    close() {
      closing ??= (async () => {
        retention.stop();
        sweeps.stop();
        outdated.close();
        verdictCountPushes.close();
        consoleSessions.close();
        cluster.close();
        await closeWithinGrace(
          (async () => {
            await sockets.close();
            await app.close();
          })(),
          connections,
          CLOSE_GRACE_MS,
          (destroyed) =>
            logger.warn({ connections: destroyed }, 'connections still open at close were ended'),
        );
        await pendingWork.settled();
        await clusterAdapter?.close();
        if (!deps.database) await database.close();
      })();
      return closing;
    },
  };
}
