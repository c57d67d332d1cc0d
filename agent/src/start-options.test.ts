import { describe, expect, it } from 'vitest';
import { readStartOptions } from './start-options.ts';

describe('npm run agent options', () => {
  const noToken = {};
  const tokenInEnv = { HANDRAISE_ENROLL_TOKEN: 'lab-token-2f9c81d4e7' };

  it('enrolls first when a token is given on the command line, whichever way', () => {
    for (const args of [
      ['--hub', 'http://hub:7300', '--token', 'lab-token-2f9c81d4e7'],
      ['--hub', 'http://hub:7300', '--token', '-'],
      ['--hub', 'http://hub:7300', '--token-file', '/etc/handraise/token'],
      ['--token-file', '/etc/handraise/token'],
    ])
      expect([args, readStartOptions(args, noToken).enrollFirst]).toEqual([args, true]);
  });

  it('enrolls first with a token from the environment only when a hub is named', () => {
    expect(readStartOptions(['--hub', 'http://hub:7300'], tokenInEnv).enrollFirst).toBe(true);
    expect(readStartOptions([], tokenInEnv).enrollFirst).toBe(false);
    expect(readStartOptions(['--hub', 'http://hub:7300'], noToken).enrollFirst).toBe(false);
  });

  it('passes the data folder on', () => {
    expect(readStartOptions(['--data-dir', '/srv/agent'], noToken)).toEqual({
      dataDir: '/srv/agent',
      enrollFirst: false,
    });
  });
});
