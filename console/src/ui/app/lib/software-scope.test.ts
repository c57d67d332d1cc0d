import { describe, expect, it } from 'vitest';
import type { Device } from '@handraise/shared';
import {
  exportFileName,
  roomsAt,
  scopeLabel,
  scopeQuery,
  scopeSuffix,
  sitesOf,
  WHOLE_FLEET,
} from './software-scope.ts';

const device = (site: string | null, room: string | null) => ({ site, room }) as Device;

describe('software scope', () => {
  it('writes only the chosen filters into the query, encoded', () => {
    expect(scopeQuery(WHOLE_FLEET)).toBe('');
    expect(scopeQuery({ site: 'all', room: 'Room 204' })).toBe('?room=Room+204');
    expect(scopeQuery({ site: 'North & South', room: 'all' })).toBe('?site=North+%26+South');
  });

  it('says where in plain words and names the export after it', () => {
    expect(scopeLabel(WHOLE_FLEET)).toBe('across all computers');
    expect(scopeLabel({ site: 'North', room: 'Room 204' })).toBe('in Room 204 at North');
    expect(scopeSuffix(WHOLE_FLEET)).toBe('');
    expect(scopeSuffix({ site: 'all', room: 'Library' })).toBe(' in Library');
    expect(exportFileName(WHOLE_FLEET)).toBe('outdated-software.csv');
    expect(exportFileName({ site: 'all', room: 'Room 204' })).toBe(
      'outdated-software-room-204.csv',
    );
  });

  it('lists sites, and the rooms of the chosen site, in human order', () => {
    const devices = [
      device('North', 'Room 10'),
      device('North', 'Room 2'),
      device('South', 'Library'),
      device(null, 'Office'),
    ];
    expect(sitesOf(devices)).toEqual(['North', 'South']);
    expect(roomsAt(devices, 'North')).toEqual(['Room 2', 'Room 10']);
    expect(roomsAt(devices, 'all')).toEqual(['Library', 'Office', 'Room 2', 'Room 10']);
  });
});
