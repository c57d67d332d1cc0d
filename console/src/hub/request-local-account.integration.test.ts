// The computer's own account a request came from (sent by the machine-wide agent service): kept
// with the request, shown on its page to the coordinator and teacher advisors, never to a student
// advisor; a name that is not one plain short line is refused and nothing is stored.
import { describe, expect } from 'vitest';
import type { DeviceDataExport, HelpRequestDetail } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { advisorConsole, computerIn } from './testing/school.ts';

describe('the local account of a request', () => {
  hubTest(
    'is shown to the coordinator and a teacher advisor, not to a student advisor',
    async ({ t, admin, coordinator }) => {
      const lab = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
      const requestId = await raiseHand(lab.agent, {
        category: 'app',
        text: 'Word will not open',
        localAccount: 'maya.r',
      });
      const student = await advisorConsole(t, admin, {
        username: 'ana',
        displayName: 'Ana',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const teacher = await advisorConsole(t, admin, {
        username: 'tom',
        displayName: 'Mr Tom',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const localAccountFor = async (socket: typeof coordinator) => {
        const answer = await socket.emitWithAck('request:get', { requestId });
        if (!answer.ok) throw new Error(answer.error);
        return answer.data.localAccount;
      };
      expect(await localAccountFor(coordinator)).toBe('maya.r');
      expect(await localAccountFor(teacher.socket)).toBe('maya.r');
      expect(await localAccountFor(student.socket)).toBeNull();
      // The REST page's copy follows the same rule.
      const viaApi = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
        token: student.token,
      });
      expect(viaApi.body.ok && viaApi.body.data.localAccount).toBeNull();
      // It is a person's account name: the computer's privacy export carries it.
      const exported = await t.http<DeviceDataExport>(
        `/api/privacy/devices/${lab.deviceId}/export`,
        { token: admin },
      );
      expect(exported.body.ok && exported.body.data.requests.map((r) => r.localAccount)).toEqual([
        'maya.r',
      ]);
    },
  );

  hubTest(
    'is null for a request from an agent without the service',
    async ({ agent, coordinator }) => {
      const requestId = await raiseHand(agent, { category: 'printer', text: 'Jammed' });
      const answer = await coordinator.emitWithAck('request:get', { requestId });
      expect(answer.ok && answer.data.localAccount).toBeNull();
    },
  );

  hubTest(
    'a name with control characters or too long is refused, and nothing is stored',
    async ({ agent, coordinator }) => {
      for (const localAccount of ['maya\u202Eevil', 'x'.repeat(65), '']) {
        const refused = await agent.emitWithAck('help:create', {
          idempotencyKey: crypto.randomUUID(),
          createdAt: new Date().toISOString(),
          category: 'other',
          text: 'Hello',
          localAccount,
        });
        expect(refused).toMatchObject({ ok: false, error: 'invalid-payload' });
      }
      const listed = await coordinator.emitWithAck('requests:list', {});
      expect(listed.ok && listed.data).toEqual([]);
    },
  );
});
