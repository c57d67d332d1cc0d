/**
 * Connections the kernel queues for the hub to accept. Node's default, 511, overflows when a
 * restarted hub's 10,000 agents come back: the kernel drops the surplus handshakes and each
 * client waits 1, 2, 4, 8… s to try again, which a console's call shared, stalling it 7 to 19 s.
 * The kernel caps it (net.core.somaxconn, 4096 on current Linux).
 */
export const LISTEN_BACKLOG = 4096;
