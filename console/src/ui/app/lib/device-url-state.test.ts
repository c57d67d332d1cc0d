import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_FILTER } from './device-filters.ts';
import {
  filterChanges,
  filterFromParams,
  sortChanges,
  sortFromParams,
} from './device-url-state.ts';
import { parseParams } from './route.ts';

describe('the devices list in the address', () => {
  it('reads the links other views make', () => {
    expect(filterFromParams(parseParams('#/devices?status=offline'))).toEqual({
      ...DEFAULT_DEVICE_FILTER,
      status: 'offline',
    });
    expect(filterFromParams(parseParams('#/devices?needs=updates')).needsUpdate).toBe(true);
  });

  it('reads every filter, the search and the sorting', () => {
    const params = parseParams(
      '#/devices?status=online&needs=updates&platform=windows&room=Room%2012&q=lab&sort=room&dir=desc',
    );
    expect(filterFromParams(params)).toEqual({
      search: 'lab',
      platform: 'windows',
      room: 'Room 12',
      status: 'online',
      needsUpdate: true,
    });
    expect(sortFromParams(params)).toEqual({ id: 'room', desc: true });
  });

  it('reads values it does not know as the defaults', () => {
    const params = parseParams('#/devices?status=maybe&platform=amiga&sort=colour&needs=yes');
    expect(filterFromParams(params)).toEqual(DEFAULT_DEVICE_FILTER);
    expect(sortFromParams(params)).toEqual({ id: 'name', desc: false });
    // An object's own machinery is no column either.
    for (const key of ['__proto__', 'constructor', 'toString'])
      expect(sortFromParams(parseParams(`#/devices?sort=${key}`))).toEqual({
        id: 'name',
        desc: false,
      });
  });

  it('writes changes, dropping defaults from the address', () => {
    expect(filterChanges({ status: 'offline', needsUpdate: true, search: 'lab' })).toEqual({
      status: 'offline',
      needs: 'updates',
      q: 'lab',
    });
    expect(filterChanges({ status: 'all', needsUpdate: false, room: 'all', search: '' })).toEqual({
      status: null,
      needs: null,
      room: null,
      q: null,
    });
    expect(sortChanges({ id: 'updatesCount', desc: true })).toEqual({
      sort: 'updates',
      dir: 'desc',
    });
    expect(sortChanges({ id: 'name', desc: false })).toEqual({ sort: null, dir: null });
    expect(sortChanges(null)).toEqual({ sort: null, dir: null });
  });
});
