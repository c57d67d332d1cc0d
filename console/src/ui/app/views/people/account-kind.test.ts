import { describe, expect, it } from 'vitest';
import { unknownPlaces } from './account-kind.ts';

describe('places no computer is enrolled into', () => {
  it('names what is typed differently from every enrolled room, capitals included', () => {
    const enrolled = ['Room 12', 'Library', null, 'Room 12'];
    expect(unknownPlaces('Room 12, Library', enrolled)).toEqual([]);
    expect(unknownPlaces('room 12,  Library , Gym', enrolled)).toEqual(['room 12', 'Gym']);
    expect(unknownPlaces('', enrolled)).toEqual([]);
    expect(unknownPlaces('Room 12', [])).toEqual(['Room 12']);
  });
});
