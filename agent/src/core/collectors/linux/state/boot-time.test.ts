import { afterEach, describe, expect, it } from 'vitest';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { parseBootTime, readBootTime } from './boot-time.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';

const PROC_STAT = `cpu  5456618 122626 2059066 6631117 49127 0 59180 0 0 0
cpu0 2665378 60942 1008978 3421043 6725 0 26268 0 0 0
intr 123456 0 9 0
ctxt 987654321
btime 1765013277
processes 412345
procs_running 2
`;

describe('parseBootTime', () => {
  it('turns btime (seconds since 1970, UTC) into ISO 8601', () => {
    expect(parseBootTime(PROC_STAT)).toBe('2025-12-06T09:27:57.000Z');
  });

  it('is undefined without a readable btime line', () => {
    expect(parseBootTime('cpu 1 2 3\n')).toBeUndefined();
    expect(parseBootTime('btime soon\n')).toBeUndefined();
    expect(parseBootTime('btime 0\n')).toBeUndefined();
    expect(parseBootTime(`btime ${'9'.repeat(30)}\n`)).toBeUndefined();
    expect(parseBootTime('')).toBeUndefined();
  });
});

describe('readBootTime', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const { run } = fakeRunner({});

  it('reads /proc/stat', async () => {
    const tree = temporaryTree({ 'proc/stat': PROC_STAT });
    trees.push(tree.remove);
    expect(await readBootTime(contextUnder(tree.root, run))).toEqual({
      value: '2025-12-06T09:27:57.000Z',
      notes: [],
    });
  });

  it('notes a missing file or line', async () => {
    const empty = temporaryTree({ 'proc/stat': 'cpu 1\n' });
    trees.push(empty.remove);
    const noLine = await readBootTime(contextUnder(empty.root, run));
    expect(noLine.value).toBeUndefined();
    expect(noLine.notes[0]?.error).toMatch(/no btime line/);

    const none = temporaryTree({});
    trees.push(none.remove);
    const noFile = await readBootTime(contextUnder(none.root, run));
    expect(noFile.notes).toEqual([
      {
        collector: 'boot-time',
        error: expect.stringMatching(/proc\/stat does not exist/) as string,
      },
    ]);
  });
});
