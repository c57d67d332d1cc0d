import { describe, expect, it } from 'vitest';
import { createSignInGuard } from './sign-in-guard.ts';

const limits = { perAccount: 3, perAddress: 5, windowMs: 60_000 };

function setUp() {
  let now = Date.parse('2026-11-29T08:00:00Z');
  const guard = createSignInGuard({ now: () => new Date(now) }, limits);
  return { guard, advance: (ms: number) => (now += ms) };
}

describe('createSignInGuard', () => {
  it('blocks an account after its failures, case-insensitively, until the window passes', () => {
    const { guard, advance } = setUp();
    for (let i = 0; i < 3; i++) {
      expect(guard.blocked('Sam', '10.0.0.1')).toBe(false);
      guard.failed(i % 2 ? 'SAM' : 'sam', `10.0.0.${i + 1}`);
    }
    expect(guard.blocked('sam', '10.0.0.9')).toBe(true);
    expect(guard.blocked('alex', '10.0.0.9')).toBe(false);
    advance(60_000);
    expect(guard.blocked('sam', '10.0.0.9')).toBe(false);
  });

  it('blocks an address trying many accounts', () => {
    const { guard } = setUp();
    for (let i = 0; i < 5; i++) guard.failed(`user${i}`, '10.0.0.7');
    expect(guard.blocked('someone-new', '10.0.0.7')).toBe(true);
    expect(guard.blocked('someone-new', '10.0.0.8')).toBe(false);
  });
});
