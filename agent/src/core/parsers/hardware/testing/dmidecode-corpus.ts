// Shared by the dmidecode corpus tests: read one recorded output in place, compare it field by
// field with what a person read from it, and print the count.
import { expect } from 'vitest';
import { readFixtureText, reportMatches } from '../../testing/fixtures.ts';
import { parseDmidecode } from '../dmidecode.ts';
import type { HardwareFacts } from '../hardware-facts.ts';
import { countMatchingLeaves } from './match-facts.ts';

export const MiB = 2 ** 20;
export const GiB = 2 ** 30;

/** Parses `hardware/dmidecode/<file>` and expects exactly the given facts. */
export function expectDmidecodeFacts(file: string, expected: HardwareFacts): void {
  const facts = parseDmidecode(readFixtureText(`hardware/dmidecode/${file}`));
  const { matched, total } = countMatchingLeaves(facts, expected);
  reportMatches(`dmidecode ${file}`, matched, total);
  expect(facts).toEqual(expected);
}
