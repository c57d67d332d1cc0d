import { describe, expect, it } from 'vitest';
import { createSignInGuard, SIGN_IN_LIMITS, type SignInLimits } from './sign-in-guard.ts';

const small: SignInLimits = {
  pairFreeFailures: 3,
  pairBaseDelayMs: 1_000,
  pairMaxDelayMs: 8_000,
  pairMemoryMs: 60_000,
  perAddress: 6,
  addressWindowMs: 60_000,
  perAccount: 8,
  accountWindowMs: 60_000,
  knownAddressesPerAccount: 2,
};

function setUp(limits: SignInLimits = small) {
  let now = Date.parse('2026-11-29T08:00:00Z');
  const guard = createSignInGuard({ now: () => new Date(now) }, limits);
  return { guard, advance: (ms: number) => (now += ms) };
}

type Guard = ReturnType<typeof setUp>['guard'];

/** Whether an attempt may start; a started one is left to count as failed. */
const fails = (guard: Guard, username: string, address: string) =>
  !guard.begin(username, address).refused;

/** Starts an attempt that succeeds (it must be allowed to start). */
const succeeds = (guard: Guard, username: string, address: string) => {
  const attempt = guard.begin(username, address);
  if (attempt.refused) throw new Error(`refused for ${attempt.retryAfterMs} ms`);
  attempt.succeeded();
};

/** How long the guard says to wait before this attempt could start (0: it started). */
const waitFor = (guard: Guard, username: string, address: string) => {
  const attempt = guard.begin(username, address);
  return attempt.refused ? attempt.retryAfterMs : 0;
};

describe('createSignInGuard', () => {
  it('counts attempts as they start, so a burst in parallel is refused like one in a row', () => {
    const { guard } = setUp(SIGN_IN_LIMITS);
    // None of these has finished (none has said it succeeded): each still counts.
    const started = Array.from({ length: 60 }, () => guard.begin('admin', '10.0.0.7'));
    expect(started.filter((a) => !a.refused)).toHaveLength(SIGN_IN_LIMITS.pairFreeFailures);
  });

  it('makes one address wait longer after each failure for one account, up to a ceiling', () => {
    // Caps out of the way: this is about the pair alone.
    const { guard, advance } = setUp({ ...small, perAddress: 100, perAccount: 100 });
    for (let i = 0; i < 3; i++) expect(fails(guard, 'Sam', '10.0.0.1')).toBe(true);
    const waits: number[] = [];
    for (let round = 0; round < 6; round++) {
      let waited = 0;
      while (!fails(guard, 'SAM', '10.0.0.1')) {
        advance(250);
        waited += 250;
      }
      waits.push(waited);
    }
    // 1 s after the third failure, then 2, 4, 8, and never longer than the ceiling.
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('lets the owner in from another address while a guesser waits', () => {
    const { guard } = setUp();
    for (let i = 0; i < 3; i++) fails(guard, 'admin', '10.0.0.66');
    expect(fails(guard, 'admin', '10.0.0.66')).toBe(false);
    succeeds(guard, 'admin', '10.0.0.5');
    expect(fails(guard, 'admin', '10.0.0.66')).toBe(false);
  });

  it('takes a success back: the pair starts afresh and the counts drop by one', () => {
    const { guard } = setUp();
    for (let i = 0; i < 2; i++) fails(guard, 'sam', '10.0.0.1');
    succeeds(guard, 'sam', '10.0.0.1');
    for (let i = 0; i < 3; i++) expect(fails(guard, 'sam', '10.0.0.1')).toBe(true);
    expect(fails(guard, 'sam', '10.0.0.1')).toBe(false);
  });

  it('caps one address trying many accounts, and lets the cap drain over its window', () => {
    const { guard, advance } = setUp();
    for (let i = 0; i < 6; i++) expect(fails(guard, `user${i}`, '10.0.0.7')).toBe(true);
    expect(fails(guard, 'someone-new', '10.0.0.7')).toBe(false);
    expect(fails(guard, 'someone-new', '10.0.0.8')).toBe(true);
    // One more per window / capacity (10 s here).
    advance(10_000);
    expect(fails(guard, 'someone-else', '10.0.0.7')).toBe(true);
    expect(fails(guard, 'a-third', '10.0.0.7')).toBe(false);
  });

  it('stops strangers at the account ceiling, but not an address where the account signed in', () => {
    const { guard } = setUp();
    succeeds(guard, 'rivera', '10.0.1.5');
    for (let i = 0; i < 8; i++) expect(fails(guard, 'rivera', `10.0.2.${i}`)).toBe(true);
    expect(fails(guard, 'rivera', '10.0.2.200')).toBe(false);
    expect(fails(guard, 'RIVERA', '10.0.1.5')).toBe(true);
    // Other accounts are not affected.
    expect(fails(guard, 'sam', '10.0.2.200')).toBe(true);
  });

  it('treats an IPv4 client of a dual-stack socket as the same address', () => {
    const { guard } = setUp();
    for (let i = 0; i < 3; i++) fails(guard, 'sam', '::ffff:10.0.0.9');
    expect(fails(guard, 'sam', '10.0.0.9')).toBe(false);
  });

  it('says how long a refused attempt must wait, and lets it in exactly then', () => {
    const { guard, advance } = setUp({ ...small, perAddress: 100, perAccount: 100 });
    for (let i = 0; i < 4; i++) fails(guard, 'sam', '10.0.0.1');
    // Four failures with three free: the pair waits the base delay, less what has passed.
    expect(waitFor(guard, 'sam', '10.0.0.1')).toBe(1_000);
    advance(400);
    expect(waitFor(guard, 'sam', '10.0.0.1')).toBe(600);
    advance(599);
    expect(waitFor(guard, 'sam', '10.0.0.1')).toBe(1);
    advance(1);
    expect(waitFor(guard, 'sam', '10.0.0.1')).toBe(0);
    // That fifth failure doubled the wait.
    expect(waitFor(guard, 'sam', '10.0.0.1')).toBe(2_000);
  });

  it('says how long until an address or an account has room again', () => {
    const { guard, advance } = setUp();
    for (let i = 0; i < 6; i++) fails(guard, `user${i}`, '10.0.0.7');
    // The address drains one attempt per 10 s (60 s / 6).
    expect(waitFor(guard, 'someone-new', '10.0.0.7')).toBeCloseTo(10_000, 6);
    advance(4_000);
    expect(waitFor(guard, 'someone-new', '10.0.0.7')).toBeCloseTo(6_000, 6);

    for (let i = 0; i < 8; i++) fails(guard, 'rivera', `10.0.2.${i}`);
    // The account drains one per 7.5 s (60 s / 8); where both limits apply, the longer wait.
    expect(waitFor(guard, 'rivera', '10.0.2.200')).toBeCloseTo(7_500, 6);
    expect(waitFor(guard, 'rivera', '10.0.0.7')).toBeCloseTo(7_500, 6);
  });

  it('forgets a pair’s failures after a quiet hour', () => {
    const { guard, advance } = setUp();
    for (let i = 0; i < 3; i++) fails(guard, 'sam', '10.0.0.1');
    advance(60_000);
    for (let i = 0; i < 3; i++) expect(fails(guard, 'sam', '10.0.0.1')).toBe(true);
  });
});
