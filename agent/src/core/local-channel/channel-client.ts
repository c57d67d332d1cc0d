// The tray's side of the local channel: connect to the machine-wide service, prove which local
// account this process runs as, then call it and follow what it pushes.
import { connect } from 'node:net';
import type { LocalAccount } from '../help-desk.ts';
import type {
  ChannelErrorCode,
  ChannelMethod,
  ChannelParams,
  ServerFrame,
} from './channel-protocol.ts';
import { createFrameReader, encodeFrame, FrameError } from './frame-reader.ts';
import { writeProof } from './peer-proof.ts';

/** How long connecting and proving may take before the service is taken as absent, in ms. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** A call the service refused or could not answer; `code` is the service's (or `unavailable`). */
export class ChannelError extends Error {
  readonly code: ChannelErrorCode;
  constructor(code: ChannelErrorCode, message: string) {
    super(message);
    this.name = 'ChannelError';
    this.code = code;
  }
}

export type ServiceConnection = {
  /** The local account the service verified this process as. */
  account: LocalAccount;
  call<M extends ChannelMethod>(method: M, params: ChannelParams<M>): Promise<unknown>;
  /** Follows what the service pushes; returns the function that stops following. */
  onEvent(listener: (event: unknown) => void): () => void;
  /** Called once when the connection ends, whoever ended it. */
  onClose(listener: () => void): void;
  isOpen(): boolean;
  close(): void;
};

/**
 * Connects and proves who this process is. Rejects with ChannelError: `unavailable` when nothing
 * answers (no service installed, or it is stopped), the service's code when it refuses.
 */
export function connectToService(options: {
  path: string;
  timeoutMs?: number;
  /** Tells the service which account this process believes it is (refused if the proof differs). */
  claimedId?: string;
  /** Writes the proof file; tests stand in one that forges. */
  writeProof?: (folder: string, nonce: string) => void;
}): Promise<ServiceConnection> {
  const socket = connect(options.path);
  const pending = new Map<number, { resolve(data: unknown): void; reject(error: Error): void }>();
  const eventListeners = new Set<(event: unknown) => void>();
  const closeListeners: (() => void)[] = [];
  let nextId = 1;
  let open = false;
  let settle: { resolve(connection: ServiceConnection): void; reject(error: Error): void };
  const handshake = new Promise<ServiceConnection>(
    (resolve, reject) => (settle = { resolve, reject }),
  );

  const timer = setTimeout(() => {
    settle.reject(new ChannelError('unavailable', 'the service did not answer in time'));
    socket.destroy();
  }, options.timeoutMs ?? CONNECT_TIMEOUT_MS);

  const send = (frame: unknown) => socket.write(encodeFrame(frame));

  const connection: ServiceConnection = {
    account: { id: '', name: '' },
    call(method, params) {
      if (!open)
        return Promise.reject(new ChannelError('unavailable', 'the service is not running'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ type: 'call', id, method, params });
      });
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.push(listener);
    },
    isOpen: () => open,
    close: () => socket.destroy(),
  };

  const onFrame = (value: unknown) => {
    const frame = value as ServerFrame;
    switch (frame.type) {
      case 'challenge':
        try {
          (options.writeProof ?? writeProof)(frame.proofs, frame.nonce);
        } catch (error) {
          settle.reject(
            new ChannelError('forbidden', `cannot write the proof: ${(error as Error).message}`),
          );
          socket.destroy();
          return;
        }
        send({
          type: 'prove',
          nonce: frame.nonce,
          ...(options.claimedId !== undefined ? { claimedId: options.claimedId } : {}),
        });
        return;
      case 'welcome':
        clearTimeout(timer);
        open = true;
        connection.account = frame.account;
        settle.resolve(connection);
        return;
      case 'result': {
        const waiting = pending.get(frame.id);
        pending.delete(frame.id);
        if (!waiting) return;
        if (frame.ok) waiting.resolve(frame.data);
        else waiting.reject(new ChannelError(frame.error, frame.message));
        return;
      }
      case 'event':
        for (const listener of eventListeners) listener(frame.event);
        return;
      case 'error':
        settle.reject(new ChannelError(frame.error, frame.message));
        return;
    }
  };
  const reader = createFrameReader(onFrame);
  socket.on('data', (chunk: Buffer) => {
    try {
      reader.push(chunk);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      socket.destroy();
    }
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    clearTimeout(timer);
    open = false;
    settle.reject(new ChannelError('unavailable', 'the service closed the connection'));
    for (const waiting of pending.values())
      waiting.reject(new ChannelError('unavailable', 'the service stopped before answering'));
    pending.clear();
    for (const listener of closeListeners) listener();
  });
  return handshake;
}
