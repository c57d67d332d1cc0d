import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from '@handraise/shared';
import { SECTION_ORDER } from './sections.ts';

describe('SECTION_ORDER', () => {
  it("is the contract's list of sections, in its order", () => {
    expect(SECTION_ORDER).toEqual(SECTION_NAMES);
  });
});
