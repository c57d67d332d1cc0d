// A warning a local user can cause at will is written at most once per interval, with how many
// times it happened since the last line: a flood of refusals cannot fill the service's log.
import { Writable } from 'node:stream';
import pino from 'pino';
import { expect, it } from 'vitest';
import { createThrottledWarning } from '../../src/core/local-channel/throttled-warning.ts';

it('writes the first occurrence, then one line per interval counting the rest', () => {
  const lines: { msg: string; count: number; who?: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as (typeof lines)[number]);
      done();
    },
  });
  let now = 1_000_000;
  const warning = createThrottledWarning(pino(sink), 'refused a connection', {
    intervalMs: 60_000,
    now: () => now,
  });
  warning.note({ who: 'first' });
  for (let i = 0; i < 500; i += 1) {
    now += 100;
    warning.note();
  }
  // 50 s later: still within the minute, nothing more written.
  expect(lines.map((l) => [l.msg, l.count, l.who])).toEqual([['refused a connection', 1, 'first']]);
  now += 10_000;
  warning.note();
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatchObject({ msg: 'refused a connection', count: 501 });
});
