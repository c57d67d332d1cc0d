import { describe, expect, it } from 'vitest';
import { ConfigError, loadHubConfig } from './config.ts';

describe('HANDRAISE_TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(loadHubConfig([], {}).trustProxy).toBeUndefined();
    expect(loadHubConfig([], { HANDRAISE_TRUST_PROXY: '' }).trustProxy).toEqual([]);
  });

  it('takes proxy addresses and ranges, comma-separated', () => {
    expect(
      loadHubConfig([], { HANDRAISE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it('refuses anything that is not an address, naming the setting', () => {
    for (const value of ['true', 'proxy.school.lan', '10.0.0.0/33', '*']) {
      expect(() => loadHubConfig([], { HANDRAISE_TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadHubConfig([], { HANDRAISE_TRUST_PROXY: value })).toThrow(/trustProxy/);
    }
  });
});
