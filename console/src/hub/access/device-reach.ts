// Whether a person may see one computer's details or a request's picture now, and the log of
// every look. The rule is maySeeDevice's, with "helping" read from the computer's requests as
// they are at this moment, so that a student's access ends the moment their request closes or
// moves on; each allowed look is written to the access log with the request it was for.
import type {
  AgentCostView,
  DeviceDetail,
  DeviceSnapshot,
  HelpRequest,
  HelpRequestDetail,
  User,
} from '@handraise/shared';
import type { Where } from '../rooms.ts';
import type { AccessLogStore } from '../storage/access-log-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import {
  detailFor,
  eventsFor,
  helpingWith,
  isStudentAdvisor,
  maySeeDevice,
  snapshotFor,
} from './advisor-reach.ts';
import { withStaffNotesFor } from './staff-notes.ts';

export type DeviceReach = ReturnType<typeof createDeviceReach>;

const OPEN: readonly string[] = ['new', 'claimed', 'escalated'];

export function createDeviceReach(deps: {
  requests: Pick<RequestsStore, 'list'>;
  accessLog: AccessLogStore;
  /** The coordinator's setting: student advisors see the software of a computer they help. */
  studentsSeeSoftware: () => Promise<boolean>;
  /** The computer's agent's latest cost, judged against the budget; null until it tells it. */
  agentCost: (deviceId: string) => Promise<AgentCostView | null>;
}) {
  return {
    /** The computer's details as the person may see them, their look logged; null if not allowed. */
    async details(user: User, device: DeviceDetail): Promise<DeviceDetail | null> {
      if (!(await this.lookAtDetails(user, device))) return null;
      const shown = detailFor(user, device, await deps.studentsSeeSoftware());
      const agentCost = await deps.agentCost(device.id);
      return agentCost ? { ...shown, agentCost } : shown;
    },

    /** Whether the person sees the software of the computers whose details they see. */
    async maySeeSoftware(user: User): Promise<boolean> {
      return !isStudentAdvisor(user) || (await deps.studentsSeeSoftware());
    },

    /**
     * May the person see the computer's details? If so, their look is logged: at its details, or
     * at its live figures (`live`).
     */
    async lookAtDetails(
      user: User,
      device: Where & { id: string },
      what: 'details' | 'live' = 'details',
    ): Promise<boolean> {
      const requests = await deps.requests.list({ deviceId: device.id });
      if (!maySeeDevice(user, device, helpingWith(user, requests))) return false;
      // The request they look for: the open one they are helping with, if any.
      const helped = requests.find((r) => r.assigneeId === user.id && OPEN.includes(r.state));
      await deps.accessLog.record(user, {
        deviceId: device.id,
        what,
        requestId: helped?.id ?? null,
      });
      return true;
    },

    /**
     * The snapshot a request carries (the computer's hardware and OS at the click) is a look at
     * its details: shown, and logged, only to those who may see them now; null for others.
     */
    async snapshotOf(user: User, request: HelpRequestDetail): Promise<DeviceSnapshot | null> {
      if (!request.snapshot) return null;
      if (!maySeeDevice(user, request, helpingWith(user, [request]))) return null;
      await deps.accessLog.record(user, {
        deviceId: request.deviceId,
        what: 'details',
        requestId: request.id,
      });
      return snapshotFor(user, request.snapshot);
    },

    /**
     * A request's detail as the person may read it: the snapshot only where the computer's
     * details are theirs to see (a logged look), the staff timeline as eventsFor shows it, and
     * the picture's presence only where they may open it.
     */
    async requestFor(user: User, request: HelpRequestDetail): Promise<HelpRequestDetail> {
      const pictureShown =
        request.screenshot !== null && maySeeDevice(user, request, helpingWith(user, [request]));
      const snapshot = await this.snapshotOf(user, request);
      return {
        ...request,
        // A user name of the school's computers: staff's to read, not a fellow student's.
        localAccount: isStudentAdvisor(user) ? null : request.localAccount,
        snapshot,
        ...(request.snapshot !== null && snapshot === null
          ? { snapshotHidden: true as const }
          : {}),
        events: withStaffNotesFor(user, request, eventsFor(user, request.events)),
        ...(request.screenshot !== null && !pictureShown
          ? { screenshot: null, pictureHidden: true as const }
          : {}),
      };
    },

    /**
     * May the person see the computer's details now (nothing logged)? Also who may ask it for a
     * fresh inventory, and whose live view of it goes on.
     */
    async maySeeNow(user: User, device: Where & { id: string }): Promise<boolean> {
      const requests = await deps.requests.list({ deviceId: device.id });
      return maySeeDevice(user, device, helpingWith(user, requests));
    },

    /** May the person see this request's picture? If so, their look is logged. */
    async lookAtPicture(user: User, request: HelpRequest): Promise<boolean> {
      if (!maySeeDevice(user, request, helpingWith(user, [request]))) return false;
      await deps.accessLog.record(user, {
        deviceId: request.deviceId,
        what: 'screenshot',
        requestId: request.id,
      });
      return true;
    },
  };
}
