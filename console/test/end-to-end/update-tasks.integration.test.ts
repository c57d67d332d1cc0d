// Update tasks on a simulated fleet and the real hub: a finding becomes a task, a pending update
// flips a device to behind, and installing it flips the device back and ticks its line, live.
import { describe, expect } from 'vitest';
import type { SoftwareTitleDetail, UpdateTask } from '@handraise/shared';
import { nextEvent } from '../../src/hub/testing/test-hub.ts';
import { chrome, line, NEWEST_CHROME, TODAY } from '../support/outdated-fleet.ts';
import { createAdvisor } from '../../src/hub/testing/advisor.ts';
import { fleetTest } from './support/fleet-test.ts';

describe('update tasks', () => {
  fleetTest(
    'turns a finding into a task that ticks itself off as devices update',
    async ({ t, token, agents, consoleSocket, get }) => {
      const advisor = await createAdvisor(t, token);
      // Advisors read, but only the coordinator makes tasks and rules.
      const refused = await t.http('/api/tasks', {
        token: advisor.token,
        body: { titleKey: 'chrome', room: 'Room 204' },
      });
      expect(refused.status).toBe(403);

      const made = await t.http<UpdateTask>('/api/tasks', {
        token,
        body: {
          titleKey: 'chrome',
          room: 'Room 204',
          assigneeId: advisor.user.id,
          note: 'Before Monday',
        },
      });
      expect(made.status).toBe(201);
      const task = made.body.ok ? made.body.data : null;
      expect(task).toMatchObject({
        summary: 'Google Chrome behind on 2 machines in Room 204',
        assigneeName: 'Sam Okafor',
        state: 'open',
      });
      expect(task!.lines.map((l) => [l.deviceName, l.startVersion, l.doneAt])).toEqual([
        ['r204-pc-02', '130.0.6723.117', null],
        ['r204-pc-03', '129.0.6668.90', null],
      ]);

      // pc-01 learns of a newer Chrome: its own winget report flips it to behind.
      const pc1 = agents.get('r204-pc-01')!;
      const chromeChanged = nextEvent<{ keys: string[] | null }>(consoleSocket, 'software:changed');
      pc1.profile.sections.updates = [
        {
          name: 'Google.Chrome',
          installedVersion: NEWEST_CHROME,
          availableVersion: '132.0.6834.57',
          source: 'winget',
        },
      ];
      expect(await pc1.report()).toEqual({ ok: true, data: { status: 'stored' } });
      expect(
        line(await get<SoftwareTitleDetail>('/api/software/chrome'), 'r204-pc-01'),
      ).toMatchObject({
        status: 'behind',
        targetVersion: '132.0.6834.57',
        reasons: [{ kind: 'pending-update', source: 'winget', availableVersion: '132.0.6834.57' }],
      });
      // Chrome's key, or "everything" when an earlier change was still waiting to be pushed.
      const { keys } = await chromeChanged;
      expect(keys === null || keys.includes('chrome')).toBe(true);

      // pc-02 installs the update: its next inventory flips it back and ticks its line, live.
      const pc2 = agents.get('r204-pc-02')!;
      pc2.profile.sections.software = pc2.profile.sections.software.map((s) =>
        s.name === 'Google Chrome' ? chrome(NEWEST_CHROME) : s,
      );
      pc2.profile.sections.updates = [];
      const ticked = nextEvent<UpdateTask>(consoleSocket, 'task:updated');
      expect(await pc2.report()).toEqual({ ok: true, data: { status: 'stored' } });
      const afterPc2 = await ticked;
      expect(afterPc2.id).toBe(task!.id);
      const pc2Line = afterPc2.lines.find((l) => l.deviceName === 'r204-pc-02')!;
      expect(pc2Line.doneVersion).toBe(NEWEST_CHROME);
      expect(pc2Line.doneAt).toBe(TODAY.toISOString());
      expect(afterPc2.state).toBe('open');
      expect(
        line(await get<SoftwareTitleDetail>('/api/software/chrome'), 'r204-pc-02').status,
      ).toBe('current');

      // An inventory that changes nothing about Chrome leaves the other line alone.
      const pc3 = agents.get('r204-pc-03')!;
      pc3.profile.sections.software = [
        ...pc3.profile.sections.software,
        { name: 'VLC media player', version: '3.0.21', source: 'registry' },
      ];
      await pc3.report();
      const [stillOpen] = await get<UpdateTask[]>('/api/tasks', advisor.token);
      expect(stillOpen!.lines.find((l) => l.deviceName === 'r204-pc-03')!.doneAt).toBeNull();
      // The console reads the same list on its socket.
      expect(await consoleSocket.emitWithAck('tasks:list', {})).toEqual({
        ok: true,
        data: await get<UpdateTask[]>('/api/tasks'),
      });

      // pc-03 updates too: the last line ticks and the task is done.
      pc3.profile.sections.software = pc3.profile.sections.software.map((s) =>
        s.name === 'Google Chrome' ? chrome(NEWEST_CHROME) : s,
      );
      const done = nextEvent<UpdateTask>(consoleSocket, 'task:updated');
      await pc3.report();
      expect(await done).toMatchObject({ id: task!.id, state: 'done' });
    },
  );
});
