import { describe, expect, it } from 'vitest';
import { isVersionKnown, versionsSummaryText } from './agent-versions-labels.ts';

describe('agent versions labels', () => {
  it('call a row known only once both its version and its system are reported', () => {
    expect(isVersionKnown({ version: '1.4.0', platform: 'linux' })).toBe(true);
    expect(isVersionKnown({ version: '1.4.0', platform: 'unknown' })).toBe(false);
    expect(isVersionKnown({ version: 'unknown', platform: 'windows' })).toBe(false);
  });

  it('sum up behind computers in plain words', () => {
    expect(
      versionsSummaryText({
        versions: [
          { version: '2.0.0', platform: 'linux', devices: 3, behind: false },
          { version: '1.0.0', platform: 'linux', devices: 2, behind: true },
        ],
        offered: [{ platform: 'linux', arch: 'x64', version: '2.0.0' }],
        problems: [],
      }),
    ).toBe(
      '2 of 5 computers run an older agent than the one offered; they update after school hours.',
    );
  });
});
