import { describe, expect, it } from 'vitest';
import { ConfigError, loadHubConfig } from '../config.ts';

describe('the hub’s TLS setting', () => {
  it('decides at start when it listens on the network and nothing was said (see tls-default)', () => {
    expect(loadHubConfig([], {}).tls).toEqual({ mode: 'auto' });
    expect(loadHubConfig(['--host', '10.1.2.3'], {}).tls).toEqual({ mode: 'auto' });
    expect(loadHubConfig([], { HANDRAISE_TLS_NEXT_CERT: '/etc/handraise/next.pem' }).tls).toEqual({
      mode: 'auto',
      nextCertFile: '/etc/handraise/next.pem',
    });
  });

  it('serves HTTPS with its own certificate when told on, wherever it listens', () => {
    expect(loadHubConfig([], { HANDRAISE_TLS: 'on' }).tls).toEqual({ mode: 'self-signed' });
    expect(loadHubConfig([], { HANDRAISE_TLS: ' ON ' }).tls).toEqual({ mode: 'self-signed' });
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

  it('refuses a half-given pair or an unknown switch in one sentence naming the variable', () => {
    const refusal = (env: NodeJS.ProcessEnv) => {
      try {
        loadHubConfig([], env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal({ HANDRAISE_TLS: 'yes' })).toBe('HANDRAISE_TLS takes on or off, not "yes"');
    expect(refusal({ HANDRAISE_TLS_CERT: '/etc/handraise/hub.pem' })).toMatch(
      /^HANDRAISE_TLS_CERT needs HANDRAISE_TLS_KEY too/,
    );
    expect(refusal({ HANDRAISE_TLS_KEY: '/etc/handraise/hub.key' })).toMatch(
      /^HANDRAISE_TLS_KEY needs HANDRAISE_TLS_CERT too/,
    );
  });
});
