import { networkInterfaces } from 'node:os';
import type { FastifyRequest } from 'fastify';
import { callerOf, COORDINATORS_ONLY } from './access.ts';
import type { HttpApp } from './http-app.ts';
import {
  settingsUpdateSchema,
  tokenIdPayloadSchema,
  userCreateSchema,
  WHOLE_SCHOOL,
  type AdvisorProfile,
  type HubSettingsView,
  type Person,
  type UserCreate,
} from '@handraise/shared';
import { inScope, isStudentAdvisor } from '../access/advisor-reach.ts';
import type { AdminStore } from '../storage/admin-store.ts';
import type { AgentCostStore } from '../storage/agent-cost-store.ts';
import type { FleetSummary } from '../storage/fleet-summary.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import type { UsersStore } from '../storage/users-store.ts';
import { isLoopback } from './authenticate.ts';
import { sendData, sendError, sendErrorWithMessage } from './reply.ts';

/** Why a settings save was refused when screenshots would be kept longer than requests. */
export const SCREENSHOTS_OUTLAST_REQUESTS =
  'Screenshots cannot be kept longer than the requests they belong to.';

/** Why a settings save was refused when the hub address is more than a scheme, host and port. */
export const HUB_ADDRESS_NOT_AN_ORIGIN =
  'The hub address must be only http:// or https://, a host name or IP address, and a port if needed (for example https://hub.school.lan:7300), with nothing after it.';

/**
 * Whether an address is a plain http(s) origin: scheme, host, optional port, at most a final
 * slash. The address is pasted into the enrollment commands coordinators run as root, so a path,
 * query, user name or any character a shell treats specially (`;`, `$(`, a backtick, `|`) is
 * refused here, where every saved value passes, and not only quoted where it is shown.
 */
export function isPlainHubOrigin(address: string): boolean {
  const shape =
    /^https?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(:\d{1,5})?\/?$/;
  if (!shape.test(address)) return false;
  try {
    // The shape alone lets a port above 65535 through; the URL parser does not.
    new URL(address);
    return true;
  } catch {
    return false;
  }
}

/** Titles shown in the console's "pending updates" chart; the rest is a long tail. */
const PENDING_UPDATE_TITLES_SHOWN = 10;

export type AdminRouteDeps = {
  users: UsersStore;
  admin: AdminStore;
  settings: SettingsStore;
  fleet: FleetSummary;
  /** Each agent's latest cost figures. */
  agentCosts: Pick<AgentCostStore, 'fleet'>;
  /** People on duty with a console open right now. */
  onDuty: () => Promise<Person[]>;
};

/**
 * Addresses agents could use to reach this hub: the one the console was opened with (unless it is
 * this machine's loopback, which no other computer can reach), then each LAN IPv4 address.
 */
function suggestedAddresses(request: FastifyRequest): string[] {
  const port = request.socket.localPort;
  const seen = new Set<string>();
  const host = request.headers.host;
  if (host && !/^(localhost|127\.|\[::1\])/.test(host)) seen.add(`${request.protocol}://${host}`);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal && !isLoopback(address.address)) {
        seen.add(`${request.protocol}://${address.address}:${port}`);
      }
    }
  }
  return [...seen];
}

/** The console's own API: who am I, people, accounts, enrollment tokens, settings, fleet summaries. */
export function registerAdminRoutes(app: HttpApp, deps: AdminRouteDeps): void {
  const { users, admin, settings, fleet } = deps;

  app.get('/api/me', async (request, reply) => {
    return sendData(reply, callerOf(request));
  });

  app.get('/api/people', async (request, reply) => {
    return sendData(reply, await admin.listPeople());
  });

  app.get('/api/duty', async (request, reply) => {
    return sendData(reply, await deps.onDuty());
  });

  app.get('/api/users', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData(reply, await admin.listUsers());
  });

  app.post(
    '/api/users',
    { ...COORDINATORS_ONLY, schema: { body: userCreateSchema } },
    async (request, reply) => {
      const input = request.body;
      // Checked first so the usual case gets a clear answer; the unique index settles races.
      if (await admin.usernameTaken(input.username)) return sendError(reply, 'invalid-state');
      try {
        return sendData(
          reply,
          await users.create({ ...input, advisor: advisorProfileOf(input) }),
          201,
        );
      } catch (error) {
        if (await admin.usernameTaken(input.username)) return sendError(reply, 'invalid-state');
        throw error;
      }
    },
  );

  app.get('/api/enrollment-tokens', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData(reply, await admin.listEnrollmentTokens());
  });

  app.delete(
    '/api/enrollment-tokens/:tokenId',
    { ...COORDINATORS_ONLY, schema: { params: tokenIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      if (!(await admin.revokeEnrollmentToken(params.tokenId)))
        return sendError(reply, 'not-found');
      return sendData(reply, { revoked: true });
    },
  );

  // Everyone may read the settings (advisors copy the hub address too); only coordinators save.
  app.get('/api/settings', { ...COORDINATORS_ONLY }, async (request, reply) => {
    const view: HubSettingsView = {
      ...(await settings.get()),
      suggestedAddresses: suggestedAddresses(request),
    };
    return sendData(reply, view);
  });

  app.put(
    '/api/settings',
    { ...COORDINATORS_ONLY, schema: { body: settingsUpdateSchema } },
    async (request, reply) => {
      const input = request.body;
      if (input.hubAddress !== null && !isPlainHubOrigin(input.hubAddress))
        return sendErrorWithMessage(reply, 'invalid-payload', HUB_ADDRESS_NOT_AN_ORIGIN);
      // A finished request's screenshot goes before its text, never after: kept longer, it would
      // outlive the request it shows (and the retention a school announced for requests).
      const screenshotDays =
        input.screenshotRetentionDays ?? (await settings.get()).screenshotRetentionDays;
      if (screenshotDays > input.retentionDays)
        return sendErrorWithMessage(reply, 'invalid-payload', SCREENSHOTS_OUTLAST_REQUESTS);
      const saved = await settings.update(input);
      return sendData<HubSettingsView>(reply, {
        ...saved,
        suggestedAddresses: suggestedAddresses(request),
      });
    },
  );

  app.get('/api/updates/summary', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData(reply, await fleet.pendingUpdateTitles(PENDING_UPDATE_TITLES_SHOWN));
  });

  // The coordinator's whole fleet, a teacher advisor's scope; a student advisor sees a computer's
  // hardware only while helping at it, so never the fleet's.
  app.get('/api/fleet/hardware-health', async (request, reply) => {
    const user = callerOf(request);
    if (isStudentAdvisor(user)) return sendError(reply, 'forbidden');
    return sendData(reply, await fleet.hardwareHealth((where) => inScope(user, where)));
  });

  // What the agents cost their computers against the coordinator's budget: the same readers as
  // the hardware's health (a student helping at one computer reads its figures in its details).
  app.get('/api/fleet/agent-cost', async (request, reply) => {
    const user = callerOf(request);
    if (isStudentAdvisor(user)) return sendError(reply, 'forbidden');
    const budget = await settings.get();
    return sendData(reply, await deps.agentCosts.fleet((where) => inScope(user, where), budget));
  });
}

/** The advisor's profile a new account asks for (the schema has made sure it is whole). */
function advisorProfileOf(input: UserCreate): AdvisorProfile | undefined {
  if (input.role !== 'advisor' || input.advisorKind === undefined) return undefined;
  return {
    kind: input.advisorKind,
    scope: input.scope ?? WHOLE_SCHOOL,
    skills: input.skills ?? [],
    timetable: input.timetable ?? [],
  };
}
