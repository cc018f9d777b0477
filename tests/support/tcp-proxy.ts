/**
 * A TCP proxy in front of the test database, to take the database away and give it back:
 * cut() stops listening (new connections are refused, as by a stopped server) and drops every
 * open connection; restore() listens again on the same port. Works for the real PostgreSQL
 * and for the embedded one's socket server alike.
 */
import net from 'node:net';

export interface TcpProxy {
  /** `databaseUrl` with its host and port replaced by the proxy's */
  url(databaseUrl: string): string;
  cut(): Promise<void>;
  /** the database stops answering, as in a network partition: open connections go silent, new ones connect but get no reply */
  freeze(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  let frozen = false;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        if (frozen) {
          sockets.add(client);
          client.on('close', () => sockets.delete(client));
          client.on('error', () => client.destroy());
          client.resume(); // read and drop
          return;
        }
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.on('data', (chunk) => frozen || upstream.write(chunk));
        upstream.on('data', (chunk) => frozen || client.write(chunk));
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as net.AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = undefined;
      if (!s) return resolve();
      s.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  await listen();
  return {
    url(databaseUrl) {
      const u = new URL(databaseUrl);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    cut: stopListening,
    freeze() {
      frozen = true;
    },
    async restore() {
      if (frozen) {
        // what was said while frozen is lost: end those connections, as a partition's survivors would be
        frozen = false;
        for (const socket of sockets) socket.destroy();
      }
      if (!server) await listen();
    },
    close: stopListening,
  };
}

/** host and port of a postgres:// URL */
export function targetOf(databaseUrl: string): { host: string; port: number } {
  const u = new URL(databaseUrl);
  return { host: u.hostname, port: Number(u.port || 5432) };
}
