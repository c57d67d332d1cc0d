// Field-by-field comparison of a reader's facts with the values a person read from the same
// recorded output, so a corpus run can print how many of the expected values were found.
import { isDeepStrictEqual } from 'node:util';

/** Every leaf of a facts object by its path ("memory.modules.0.sizeBytes"). */
export function leafValues(value: unknown, path = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, leaf] of leafValues(child, path === '' ? key : `${path}.${key}`))
        leaves.set(childPath, leaf);
    }
    if (Object.keys(value).length === 0) leaves.set(path, value);
    return leaves;
  }
  leaves.set(path, value);
  return leaves;
}

/** How many expected leaves the reader found with the same value, out of all expected leaves. */
export function countMatchingLeaves(
  got: unknown,
  expected: unknown,
): { matched: number; total: number } {
  const gotLeaves = leafValues(got);
  const expectedLeaves = leafValues(expected);
  let matched = 0;
  for (const [path, value] of expectedLeaves)
    if (isDeepStrictEqual(gotLeaves.get(path), value)) matched += 1;
  return { matched, total: expectedLeaves.size };
}
