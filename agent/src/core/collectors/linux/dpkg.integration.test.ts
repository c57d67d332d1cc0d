import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { collectDpkg } from './dpkg.ts';

// Runs the real dpkg-query of this Debian machine.
describe('collectDpkg on this machine', () => {
  it('lists exactly the packages dpkg itself counts as installed or held', async () => {
    const states = execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\\n'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    const expected = states
      .split('\n')
      .filter((state) => state.startsWith('ii') || state.startsWith('hi')).length;
    expect(expected).toBeGreaterThan(0);

    const items = await collectDpkg();
    expect(items).toHaveLength(expected);
    for (const item of items) expect(softwareItemSchema.parse(item)).toEqual(item);
    expect(items.map((item) => item.name)).toContain('dpkg');
  });
});
