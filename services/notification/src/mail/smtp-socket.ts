import net from 'node:net';

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/**
 * Opens the TCP connection for nodemailer with Nagle's algorithm off. SMTP is a dialogue of small commands, each
 * waiting for its reply: with Nagle on, every exchange waited on the receiver's delayed ACK (~40 ms on Linux), a
 * pooled send took 44 ms to a loopback server instead of a few. nodemailer upgrades the socket to TLS itself for
 * smtps:// (and STARTTLS), so this only connects.
 */
export const noDelaySocket =
  (timeoutMs: number) =>
  (options: { host?: string; port?: number }, callback: SocketCallback): void => {
    const socket = net.connect({ host: options.host, port: options.port ?? 25 });
    socket.setNoDelay(true);
    const fail = (error: Error) => {
      socket.destroy();
      callback(error);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`connection to ${options.host}:${options.port} timed out`)));
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.setTimeout(0);
      socket.off('error', fail);
      callback(null, { connection: socket });
    });
  };
