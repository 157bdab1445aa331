/**
 * A real SMTP server on loopback for `daihoi send`, with the faults a careless network or a hostile
 * server produces: a connection dropped after the message's data, a server that never greets.
 */

import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  readonly to: string[];
  readonly mail: ParsedMail;
}

export interface LoopbackSmtp {
  readonly port: number;
  readonly received: Received[];
  /** Messages whose data arrived but whose connection was then cut without an answer. */
  readonly swallowed: Received[];
  /** Cut the connection right after the data of messages to this address (no 250 answer). */
  dropAfterData: string | null;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<LoopbackSmtp> {
  const state = {
    received: [] as Received[],
    swallowed: [] as Received[],
    dropAfterData: null as string | null,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const item = { to, mail: await simpleParser(Buffer.concat(chunks)) };
        if (state.dropAfterData && to.includes(state.dropAfterData)) {
          state.swallowed.push(item);
          // The whole message is here; the sender never hears whether it was accepted.
          (session as unknown as { socket?: Socket }).socket?.destroy();
          for (const connection of connections) connection.destroy();
          return;
        }
        state.received.push(item);
        callback();
      });
    },
  });
  const connections = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    get received() {
      return state.received;
    },
    get swallowed() {
      return state.swallowed;
    },
    get dropAfterData() {
      return state.dropAfterData;
    },
    set dropAfterData(address: string | null) {
      state.dropAfterData = address;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of connections) connection.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that accepts connections and never says a word (no SMTP greeting). */
export async function startSilentServer(): Promise<{
  port: number;
  accepted: () => number;
  close(): Promise<void>;
}> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: Server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
