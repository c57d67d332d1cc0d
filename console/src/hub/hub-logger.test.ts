import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHubLogger } from './hub-logger.ts';

/** An output that says whether it is a terminal, and keeps what was written to it. */
function output(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let written = '';
  stream.on('data', (data: Buffer) => (written += data.toString()));
  return { stream, written: () => written };
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are what is stripped here
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

describe('hub logger', () => {
  it('writes JSON lines where the output is not a terminal', () => {
    const out = output(false);
    createHubLogger('info', out.stream).info({ devices: 3 }, 'software verdicts loaded');
    const line = JSON.parse(out.written().trim()) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 30,
      name: 'hub',
      devices: 3,
      msg: 'software verdicts loaded',
    });
  });

  it('writes a readable line with time, level and name on a terminal', () => {
    const out = output(true);
    const logger = createHubLogger('info', out.stream);
    logger.warn({ webRoot: '/srv/ui' }, 'the console UI is not built here');
    logger.debug('not at this level');
    const text = out.written().replace(COLOUR_CODES, '');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] WARN \(hub\): the console UI is not built here\n/);
    expect(text).toContain('webRoot: "/srv/ui"');
    expect(text).not.toContain('not at this level');
    expect(text).not.toContain('{"level"');
  });
});
