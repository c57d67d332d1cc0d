import type { Clock } from '../clock.ts';
import { createLeakyCounters } from './leaky-counters.ts';

export type SignInGuard = ReturnType<typeof createSignInGuard>;

export type SignInLimits = {
  /** Wrong passwords one address may send for one account before it has to wait. */
  pairFreeFailures: number;
  /** The first wait after those; every further failure doubles it, up to `pairMaxDelayMs`. */
  pairBaseDelayMs: number;
  pairMaxDelayMs: number;
  /** A pair's failures are forgotten after this long without another attempt. */
  pairMemoryMs: number;
  /** Wrong passwords from one address across all accounts: a burst of this many, then … */
  perAddress: number;
  /** … one more for every `addressWindowMs / perAddress` that passes. */
  addressWindowMs: number;
  /** Wrong passwords for one account from all addresses together, in the same manner. */
  perAccount: number;
  accountWindowMs: number;
  /** Addresses remembered per account as "signed in here before". */
  knownAddressesPerAccount: number;
};

/**
 * A mistyping person gets a few free tries, then waits a second, two, four, … at most 15 minutes;
 * a guesser gets about four guesses an hour once the waits are long. One address trying many
 * accounts meets the per-address cap; many addresses trying one account (a lab full of
 * computers) meet the per-account ceiling, generous because it stops only addresses where the
 * account never signed in.
 */
export const SIGN_IN_LIMITS: SignInLimits = {
  pairFreeFailures: 5,
  pairBaseDelayMs: 1_000,
  pairMaxDelayMs: 15 * 60_000,
  pairMemoryMs: 60 * 60_000,
  perAddress: 50,
  addressWindowMs: 5 * 60_000,
  perAccount: 100,
  accountWindowMs: 15 * 60_000,
  knownAddressesPerAccount: 20,
};

// Past this many tracked pairs, stale ones are dropped, so guessing with ever-new usernames cannot
// grow the map without bound.
const PRUNE_ABOVE = 10_000;

/** One sign-in in progress: counted as failed unless it says it succeeded. */
export type SignInAttempt = { refused: false; succeeded(): void };

/** A sign-in that may not start yet, unchecked; `retryAfterMs` until this one could start. */
export type SignInRefusal = { refused: true; retryAfterMs: number };

/** IPv4 clients of a dual-stack socket appear as `::ffff:a.b.c.d`; they are the same client. */
export function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/**
 * Slows password guessing. Limits apply to the pair of address and account (a growing wait), to
 * an address across accounts, and to an account across addresses except where it signed in
 * before: there its owner is never held up by strangers' guessing, while from a new address
 * during a guessing campaign from many addresses the owner may have to wait too. An attempt is
 * counted when it starts, before the password is hashed, so parallel guesses are refused as
 * surely as serial ones; a success takes its count back. In memory: a restarted hub forgets.
 */
export function createSignInGuard(clock: Clock, limits: SignInLimits = SIGN_IN_LIMITS) {
  const pairs = new Map<string, { failures: number; lockedUntil: number; lastAt: number }>();
  const addresses = createLeakyCounters(limits.perAddress, limits.addressWindowMs);
  const accounts = createLeakyCounters(limits.perAccount, limits.accountWindowMs);
  const known = new Map<string, string[]>();

  const delayAfter = (failures: number) =>
    failures < limits.pairFreeFailures
      ? 0
      : Math.min(
          limits.pairMaxDelayMs,
          limits.pairBaseDelayMs * 2 ** (failures - limits.pairFreeFailures),
        );

  const prune = (now: number) => {
    if (pairs.size > PRUNE_ABOVE)
      for (const [key, pair] of pairs)
        if (now >= pair.lockedUntil && now - pair.lastAt >= limits.pairMemoryMs) pairs.delete(key);
    addresses.prune(now, PRUNE_ABOVE);
    accounts.prune(now, PRUNE_ABOVE);
  };

  return {
    /**
     * Starts a sign-in for this username from this address, or refuses it unchecked and says how
     * long until it could start (the longest of the waits that apply).
     */
    begin(username: string, rawAddress: string): SignInAttempt | SignInRefusal {
      const now = clock.now().getTime();
      const account = username.toLowerCase();
      const address = normalizeAddress(rawAddress);
      const pairKey = `${address}\n${account}`;
      const seen = pairs.get(pairKey);
      const pair =
        seen && now - seen.lastAt < limits.pairMemoryMs
          ? seen
          : { failures: 0, lockedUntil: 0, lastAt: now };
      // Where this account signed in before, its owner is not held up by strangers' guessing.
      const familiar = known.get(account)?.includes(address) ?? false;
      const retryAfterMs = Math.max(
        pair.lockedUntil - now,
        familiar ? 0 : addresses.waitMs(address, now),
        familiar ? 0 : accounts.waitMs(account, now),
      );
      if (retryAfterMs > 0) return { refused: true, retryAfterMs };

      prune(now);
      pair.failures += 1;
      pair.lastAt = now;
      pair.lockedUntil = now + delayAfter(pair.failures);
      pairs.set(pairKey, pair);
      addresses.add(address, now);
      accounts.add(account, now);

      let settled = false;
      return {
        refused: false,
        succeeded() {
          if (settled) return;
          settled = true;
          const at = clock.now().getTime();
          pairs.delete(pairKey);
          addresses.remove(address, at);
          accounts.remove(account, at);
          const list = (known.get(account) ?? []).filter((a) => a !== address);
          known.set(account, [address, ...list].slice(0, limits.knownAddressesPerAccount));
        },
      };
    },
  };
}
