import { describe, expect, it, vi } from 'vitest';
import { CommandNotFoundError, type runCommand } from '../../run-command.ts';
import { DPKG_QUERY_FORMAT, collectDpkg, parseDpkgQuery } from './dpkg.ts';

// The parser's own tests are in parsers/linux/dpkg-query.test.ts; these cover the collector.
describe('collectDpkg', () => {
  it('queries dpkg in its own format and parses the answer', async () => {
    const run = vi.fn<typeof runCommand>(async () => ({
      stdout: 'adduser\t3.134\tall\tii \t849\noldeditor\t2.1-3\tamd64\trc \t\n',
      stderr: '',
      exitCode: 0,
    }));
    await expect(collectDpkg(run)).resolves.toEqual([
      { name: 'adduser', version: '3.134', arch: 'all', source: 'dpkg' },
    ]);
    expect(run.mock.calls[0]?.slice(0, 2)).toEqual([
      'dpkg-query',
      ['-W', `-f=${DPKG_QUERY_FORMAT}`],
    ]);
  });

  it('reports nothing where dpkg-query is absent, and fails on other errors', async () => {
    const absent = vi.fn<typeof runCommand>(async () => {
      throw new CommandNotFoundError('dpkg-query');
    });
    await expect(collectDpkg(absent)).resolves.toEqual([]);
    const broken = vi.fn<typeof runCommand>(async () => {
      throw new Error('dpkg-query exited with 2');
    });
    await expect(collectDpkg(broken)).rejects.toThrow('exited with 2');
  });

  it('still exports the parser from here', () => {
    expect(parseDpkgQuery('bc\t1.07.1-3\tamd64\tinstalled')).toHaveLength(1);
  });
});
