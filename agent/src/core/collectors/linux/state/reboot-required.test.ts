import { afterEach, describe, expect, it } from 'vitest';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { parseRebootRequiredPackages, readRebootRequired } from './reboot-required.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';

describe('parseRebootRequiredPackages', () => {
  it('lists each package once', () => {
    expect(parseRebootRequiredPackages('linux-image-6.1.0-29-amd64\nlibc6\n\nlibc6\n')).toEqual([
      'linux-image-6.1.0-29-amd64',
      'libc6',
    ]);
    expect(parseRebootRequiredPackages('')).toEqual([]);
  });
});

describe('readRebootRequired', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const tree = (entries: Parameters<typeof temporaryTree>[0]) => {
    const made = temporaryTree(entries);
    trees.push(made.remove);
    return made.root;
  };
  const { run } = fakeRunner({});

  it('reports the flag and the packages that set it', async () => {
    const root = tree({
      'var/lib/dpkg/status': 'Package: libc6\n',
      'var/run/reboot-required': '*** System restart required ***\n',
      'var/run/reboot-required.pkgs': 'linux-image-6.1.0-29-amd64\n',
    });
    expect((await readRebootRequired(contextUnder(root, run))).value).toEqual({
      rebootRequired: true,
      rebootRequiredBy: ['linux-image-6.1.0-29-amd64'],
    });
    const noList = tree({ 'var/run/reboot-required': '' });
    expect((await readRebootRequired(contextUnder(noList, run))).value).toEqual({
      rebootRequired: true,
    });
  });

  it('reads no flag as no restart on dpkg systems, and as unknown elsewhere', async () => {
    const debian = tree({ 'var/lib/dpkg/status': 'Package: libc6\n' });
    expect(await readRebootRequired(contextUnder(debian, run))).toEqual({
      value: { rebootRequired: false },
      notes: [],
    });
    const other = await readRebootRequired(contextUnder(tree({}), run));
    expect(other.value).toBeUndefined();
    expect(other.notes[0]?.error).toMatch(/no dpkg/);
  });
});
