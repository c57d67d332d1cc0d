import { describe, expect, it } from 'vitest';
import { SESSION_END_REASONS } from '@handraise/shared';
import { sessionEndNotice } from './session-end.ts';

describe('sessionEndNotice', () => {
  it('says nothing after signing out here', () => {
    expect(sessionEndNotice('by-me')).toBeNull();
  });

  it('gives every reason the hub can send its own sentence', () => {
    const sentences = SESSION_END_REASONS.map(sessionEndNotice);
    expect(sentences.every((s) => typeof s === 'string' && s.endsWith('.'))).toBe(true);
    expect(new Set(sentences).size).toBe(SESSION_END_REASONS.length);
    expect(sessionEndNotice('disabled')).toContain('disabled');
  });
});
