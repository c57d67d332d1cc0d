import { describe, expect, it, vi } from 'vitest';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { collectDnfUpdates } from './dnf-updates.ts';

// Neither dnf, yum nor rpm is installed on the Debian machines the tests run on, so their
// answers are injected.
const CHECK_UPDATE = `
bash.x86_64                    5.2.26-3.fc40               updates
kernel.x86_64                  6.9.7-200.fc40              updates
`;

const RPM_QA = [
  'bash\t0\t5.2.21\t1.fc40\tx86_64\t1700000000\tFedora Project',
  'kernel\t0\t6.8.5\t301.fc40\tx86_64\t1700000000\tFedora Project',
  'kernel\t0\t6.9.4\t200.fc40\tx86_64\t1700000000\tFedora Project',
].join('\n');

type Answers = Partial<Record<'dnf' | 'yum' | 'rpm', string | Error>>;

function fakeRun(answers: Answers): ReturnType<typeof vi.fn<typeof runCommand>> {
  return vi.fn<typeof runCommand>(async (cmd) => {
    const answer = cmd === 'dnf' || cmd === 'yum' || cmd === 'rpm' ? answers[cmd] : undefined;
    if (answer === undefined) throw new CommandNotFoundError(cmd);
    if (answer instanceof Error) throw answer;
    return { stdout: answer, stderr: '', exitCode: cmd === 'rpm' ? 0 : 100 };
  });
}

describe('collectDnfUpdates', () => {
  it('asks dnf from its cache, accepts exit 100, adds installed versions from rpm', async () => {
    const run = fakeRun({ dnf: CHECK_UPDATE, rpm: RPM_QA });
    await expect(collectDnfUpdates(run)).resolves.toEqual([
      {
        name: 'bash',
        installedVersion: '5.2.21-1.fc40',
        availableVersion: '5.2.26-3.fc40',
        source: 'dnf',
      },
      // Two kernels are installed; the new one is not an update of either in particular.
      { name: 'kernel', availableVersion: '6.9.7-200.fc40', source: 'dnf' },
    ]);
    const [cmd, args, options] = run.mock.calls[0] ?? [];
    expect([cmd, args]).toEqual(['dnf', ['-q', '-C', 'check-update']]);
    expect(options?.okExitCodes).toEqual([0, 100]);
  });

  it('falls back to yum where dnf is absent', async () => {
    const run = fakeRun({ yum: CHECK_UPDATE, rpm: RPM_QA });
    const updates = await collectDnfUpdates(run);
    expect(updates.map((update) => update.source)).toEqual(['yum', 'yum']);
    expect(run.mock.calls.map(([cmd]) => cmd)).toEqual(['dnf', 'yum', 'rpm']);
  });

  it('does not query rpm when there is nothing to update', async () => {
    const run = fakeRun({ dnf: '', rpm: RPM_QA });
    await expect(collectDnfUpdates(run)).resolves.toEqual([]);
    expect(run.mock.calls.map(([cmd]) => cmd)).toEqual(['dnf']);
  });

  it('reports nothing where neither tool exists', async () => {
    await expect(collectDnfUpdates(fakeRun({}))).resolves.toEqual([]);
  });

  it('fails when dnf fails, rather than reporting no updates', async () => {
    const run = fakeRun({ dnf: new Error('dnf exited with 1: Error: Cache-only enabled') });
    await expect(collectDnfUpdates(run)).rejects.toThrow('Cache-only enabled');
  });
});
