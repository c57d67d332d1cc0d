import { describe, expect, it } from 'vitest';
import { ConfigError, loadHubConfig } from '../config.ts';

describe('the hub’s TLS setting', () => {
  it('serves HTTPS with its own certificate when it listens on the network', () => {
    expect(loadHubConfig([], {}).tls).toEqual({ mode: 'self-signed' });
    expect(loadHubConfig(['--host', '10.1.2.3'], {}).tls).toEqual({ mode: 'self-signed' });
  });

  it('stays on plain HTTP on loopback, where traffic never leaves the computer, unless told', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) {
      expect(loadHubConfig(['--host', host], {}).tls).toEqual({ mode: 'off' });
    }
    expect(loadHubConfig(['--host', '127.0.0.1'], { HANDRAISE_TLS: 'on' }).tls).toEqual({
      mode: 'self-signed',
    });
  });

  it('takes plain HTTP only when asked, and the school’s certificate files', () => {
    expect(loadHubConfig([], { HANDRAISE_TLS: 'off' }).tls).toEqual({ mode: 'off' });
    expect(
      loadHubConfig([], {
        HANDRAISE_TLS_CERT: '/etc/handraise/hub.pem',
        HANDRAISE_TLS_KEY: '/etc/handraise/hub.key',
        HANDRAISE_TLS_NEXT_CERT: '/etc/handraise/next.pem',
      }).tls,
    ).toEqual({
      mode: 'files',
      certFile: '/etc/handraise/hub.pem',
      keyFile: '/etc/handraise/hub.key',
      nextCertFile: '/etc/handraise/next.pem',
    });
  });

  it('refuses a half-given pair or an unknown switch, naming the setting', () => {
    expect(() => loadHubConfig([], { HANDRAISE_TLS_CERT: '/etc/handraise/hub.pem' })).toThrow(
      /invalid setting tls\.keyFile/,
    );
    expect(() => loadHubConfig([], { HANDRAISE_TLS: 'yes' })).toThrow(ConfigError);
    expect(() => loadHubConfig([], { HANDRAISE_TLS: 'yes' })).toThrow(/tls/);
  });
});
