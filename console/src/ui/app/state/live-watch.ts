// A console's watch of one computer's live figures over its socket: asked again after each
// reconnection (the hub forgets a dropped socket's watches), and ended with `device:unwatch`.
import type { LiveFigures } from '@handraise/shared';
import { ask, type AskResult, type ConsoleSocket } from './console-socket.ts';

export type LiveWatchHandlers = {
  /** The hub's answer to each `device:watch` (the first, and after each reconnection). */
  onAnswer(result: AskResult<'device:watch'>): void;
  onFigures(figures: LiveFigures): void;
  /** The hub ended the stream: the person may no longer see the computer. */
  onEnded(): void;
};

/** Starts watching; returns the function that stops. */
export function watchLive(
  socket: ConsoleSocket,
  deviceId: string,
  handlers: LiveWatchHandlers,
): () => void {
  let stopped = false;
  const onFigures = (figures: LiveFigures) => {
    if (figures.deviceId === deviceId) handlers.onFigures(figures);
  };
  const onEnded = (end: { deviceId: string }) => {
    if (end.deviceId === deviceId) handlers.onEnded();
  };
  const watch = () =>
    void ask(socket, 'device:watch', { deviceId }).then((result) => {
      if (!stopped) handlers.onAnswer(result);
    });
  socket.on('device:live', onFigures);
  socket.on('device:unwatched', onEnded);
  socket.on('connect', watch);
  if (socket.connected) watch();
  return () => {
    stopped = true;
    socket.off('device:live', onFigures);
    socket.off('device:unwatched', onEnded);
    socket.off('connect', watch);
    if (socket.connected) void ask(socket, 'device:unwatch', { deviceId });
  };
}
