import { describe, expect, it } from 'vitest';
import { MIN_NODE_MAJOR, unsupportedNode } from './node-version.ts';

describe('unsupportedNode', () => {
  it('lets the agent run on Node.js 24 and later, and names both versions otherwise', () => {
    expect(unsupportedNode('24.0.0')).toBeNull();
    expect(unsupportedNode('25.1.3')).toBeNull();
    expect(unsupportedNode(process.versions.node)).toBeNull();
    expect(unsupportedNode('20.20.2')).toBe(
      `handraise-agent needs Node.js ${MIN_NODE_MAJOR} or later; this is Node.js 20.20.2.`,
    );
  });
});
