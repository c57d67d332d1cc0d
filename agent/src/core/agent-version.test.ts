import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENT_VERSION } from './agent-version.ts';

describe('AGENT_VERSION', () => {
  it('matches the agent package version', () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(AGENT_VERSION).toBe(pkg.version);
  });
});
