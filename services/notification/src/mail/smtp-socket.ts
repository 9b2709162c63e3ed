import net from 'node:net';

type SocketCallback = (error: null, socket?: { connection: net.Socket }) => void;

/**
 * Opens the TCP connection for nodemailer with Nagle's algorithm off. SMTP is a dialogue of small commands, each
 * waiting for its reply: with Nagle on, every exchange waited on the receiver's delayed ACK (~40 ms on Linux), a
 * pooled send took 44 ms to a loopback server instead of a few. nodemailer upgrades the socket to TLS itself for
 * smtps:// (and STARTTLS), so this only connects. A connection that fails is left to nodemailer to open and
 * report itself: its pool rejects the queued e-mails only on its own connection errors (an error passed back from
 * here left concurrent sends pending for ever, and the service could not stop).
 */
export const noDelaySocket =
  (timeoutMs: number) =>
  (options: { host?: string; port?: number }, callback: SocketCallback): void => {
    const socket = net.connect({ host: options.host, port: options.port ?? 25 });
    socket.setNoDelay(true);
    let answered = false;
    const answer = (connected: boolean) => {
      if (answered) return;
      answered = true;
      socket.setTimeout(0);
      socket.off('error', fallBack);
      if (connected) return callback(null, { connection: socket });
      socket.on('error', () => undefined).destroy();
      callback(null); // nodemailer connects on its own and reports the failure through its usual path
    };
    const fallBack = () => answer(false);
    socket.setTimeout(timeoutMs, fallBack);
    socket.once('error', fallBack);
    socket.once('connect', () => answer(true));
  };
