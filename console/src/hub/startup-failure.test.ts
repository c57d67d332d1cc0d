import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { startupFailureMessage } from './startup-failure.ts';

/** An error shaped as Node's `listen` makes them. */
const listenError = (code: string, fields: { port?: number; address?: string } = {}) =>
  Object.assign(new Error(`listen ${code}: something low-level`), { code, ...fields });

describe('startup failure message', () => {
  it('names the setting that changes a taken or reserved port', () => {
    expect(startupFailureMessage(listenError('EADDRINUSE', { port: 8080 }))).toBe(
      'Port 8080 is in use by another program. Set HANDRAISE_PORT (or --port) to another port.',
    );
    expect(startupFailureMessage(listenError('EACCES', { port: 80 }))).toBe(
      'Port 80 is reserved for administrators on this computer. Set HANDRAISE_PORT (or --port) to a port above 1023.',
    );
  });

  it('names the setting for an address this computer does not have', () => {
    expect(
      startupFailureMessage(listenError('EADDRNOTAVAIL', { address: '10.9.9.9', port: 7300 })),
    ).toBe(
      '10.9.9.9 is not an address of this computer. Set HANDRAISE_HOST (or --host) to one of its addresses, or 0.0.0.0 for all.',
    );
  });

  it('passes bad settings through, and gives anything else as its message without a stack', () => {
    expect(startupFailureMessage(new ConfigError('invalid setting: port'))).toBe(
      'invalid setting: port',
    );
    const unexpected = startupFailureMessage(new Error('the disk is full'));
    expect(unexpected).toBe('the disk is full');
    expect(startupFailureMessage('plain words')).toBe('plain words');
  });
});
