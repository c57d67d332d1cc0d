// The baseline the hub is measured against: a Socket.IO server on the agents' namespace, with the
// hub's transport settings, that only acknowledges what agents send. No authentication, no
// parsing beyond Socket.IO's own, no storage: what is left of a hub's time is the protocol itself.
// Run as a process of its own (district.ts starts it); says where it listens on stdout.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { AGENT_NAMESPACE, MAX_SOCKET_MESSAGE_BYTES } from '@handraise/shared';
import { LISTEN_BACKLOG } from '../../src/hub/http/listen-backlog.ts';

const http = createServer();
const io = new Server(http, {
  maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
  pingInterval: 25_000,
  pingTimeout: 20_000,
});
let requests = 0;
io.of(AGENT_NAMESPACE).on('connection', (socket) => {
  socket.on('inventory:report', (_report: unknown, ack: (answer: unknown) => void) =>
    ack({ ok: true, data: { status: 'stored' } }),
  );
  socket.on('help:create', (_request: unknown, ack: (answer: unknown) => void) =>
    ack({ ok: true, data: { requestId: `bare-${++requests}` } }),
  );
});

// The hub's listen backlog too, so that a storm meets the same kernel queue.
const listening = {
  port: Number(process.env.HANDRAISE_PORT ?? 0),
  host: '127.0.0.1',
  backlog: LISTEN_BACKLOG,
};
http.listen(listening, () => {
  const address = http.address();
  if (address && typeof address === 'object')
    process.stdout.write(`bare Socket.IO at http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
