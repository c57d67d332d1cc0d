import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from '@handraise/shared';
import { en } from '../ipc/messages/en.ts';
import { collectedTopics } from './collected-data.ts';

describe('what "This computer" says is collected', () => {
  it('names every inventory section the agent sends, requests, live figures and its own cost', () => {
    expect(SECTION_NAMES).toEqual(['os', 'hardware', 'software', 'updates', 'hotfixes', 'state']);
    expect(collectedTopics()).toEqual([
      'system',
      'hardware',
      'software',
      'updates',
      'state',
      'requests',
      'live',
      'cost',
    ]);
  });

  it('has words for what each topic is and for who can see it', () => {
    const keys = Object.keys(en);
    for (const topic of collectedTopics()) {
      expect(keys).toContain(`about.collected.${topic}`);
      expect(keys).toContain(`about.seenBy.${topic}`);
    }
  });
});
