import { describe, expect, it } from 'vitest';
import { macModelKind } from './mac-model-kind.ts';

describe('macModelKind', () => {
  it('reads the family from the model identifier', () => {
    expect(macModelKind('MacBookPro18,3', 'MacBook Pro')).toEqual({
      chassis: 'laptop',
      maker: 'Apple',
    });
    expect(macModelKind('MacBookAir10,1', undefined).chassis).toBe('laptop');
    expect(macModelKind('MacBook2,1', undefined).chassis).toBe('laptop');
    expect(macModelKind('iMac21,1', undefined).chassis).toBe('all-in-one');
    expect(macModelKind('Macmini3,1', undefined).chassis).toBe('mini-pc');
    expect(macModelKind('MacPro7,1', undefined).chassis).toBe('desktop');
    expect(macModelKind('PowerMac11,2', 'Power Mac G5').chassis).toBe('desktop');
    expect(macModelKind('Xserve3,1', undefined).chassis).toBe('server');
    expect(macModelKind('VirtualMac2,1', undefined)).toEqual({
      chassis: 'virtual-machine',
      maker: 'Apple',
    });
  });

  it('names the hypervisor as maker of a guest', () => {
    expect(macModelKind('VMware7,1', undefined)).toEqual({
      chassis: 'virtual-machine',
      maker: 'VMware',
    });
    expect(macModelKind('Parallels-ARM', undefined).maker).toBe('Parallels');
  });

  it('falls back to the model name for identifiers without a family', () => {
    expect(macModelKind('Mac14,2', 'MacBook Air').chassis).toBe('laptop');
    expect(macModelKind('Mac14,3', 'Mac mini').chassis).toBe('mini-pc');
    expect(macModelKind('Mac13,1', 'Mac Studio').chassis).toBe('desktop');
    // An iMac G5 carries a tower's PowerMac identifier.
    expect(macModelKind('PowerMac8,1', 'iMac G5').chassis).toBe('all-in-one');
    expect(macModelKind('Mac99,9', 'Something New')).toEqual({ maker: 'Apple' });
    expect(macModelKind(undefined, undefined)).toEqual({ maker: 'Apple' });
  });
});
