// Bytes the site's server sent, counted on the server's sockets: every request a page
// causes — its own, its module and DuckDB workers', range reads of the database file —
// is counted, which a page-level DevTools session does not see (worker traffic).
import type { Server } from "node:http";
import type { Socket } from "node:net";

/** Starts counting; returns a function giving the total bytes written to clients so far (headers included). */
export function trackServerBytes(server: Server): () => number {
  const open = new Set<Socket>();
  let closed = 0;
  server.on("connection", (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => {
      closed += socket.bytesWritten;
      open.delete(socket);
    });
  });
  return () => {
    let total = closed;
    for (const socket of open) total += socket.bytesWritten;
    return total;
  };
}
