import { describe, expect, it, vi } from 'vitest';
import { RPM_QUERY_FORMAT } from '../../parsers/linux/rpm-query.ts';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { collectRpm } from './rpm.ts';

// rpm is not installed on the Debian machines the tests run on, so its answers are injected.
describe('collectRpm', () => {
  it('queries rpm in its own format and parses the answer', async () => {
    const run = vi.fn<typeof runCommand>(async () => ({
      stdout:
        'bash\t0\t5.2.26\t3.fc40\tx86_64\t1700000000\tFedora Project\n' +
        'gpg-pubkey\t0\ta15b79cc\t63d04c2c\t(none)\t1700000000\t(none)\n',
      stderr: '',
      exitCode: 0,
    }));
    await expect(collectRpm(run)).resolves.toEqual([
      {
        name: 'bash',
        version: '5.2.26-3.fc40',
        source: 'rpm',
        arch: 'x86_64',
        publisher: 'Fedora Project',
        installDate: '2023-11-14',
      },
    ]);
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual(['rpm', ['-qa', '--qf', RPM_QUERY_FORMAT]]);
  });

  it('reports nothing where rpm is absent, and fails on other errors', async () => {
    const absent = vi.fn<typeof runCommand>(async () => {
      throw new CommandNotFoundError('rpm');
    });
    await expect(collectRpm(absent)).resolves.toEqual([]);
    const broken = vi.fn<typeof runCommand>(async () => {
      throw new Error('rpm exited with 1: error: cannot open Packages database');
    });
    await expect(collectRpm(broken)).rejects.toThrow('cannot open Packages database');
  });
});
