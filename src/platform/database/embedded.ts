import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The embedded PostgreSQL: PGlite keeps its files in a folder and runs in this process;
 * a socket server on a free loopback port lets the ordinary postgresql driver (and so
 * MikroORM, unchanged) talk to it. PGlite is one session: the socket server queues
 * queries and keeps a transaction's queries on its own connection.
 */
export interface EmbeddedDatabase {
  url: string;
  /** the pool must not open more connections than the socket server accepts */
  maxConnections: number;
  /** the whole data directory as a tarball (tests start from a migrated dump) */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * One connection. The socket server queues single protocol messages, not whole queries, so two
 * connections' extended-protocol messages (Parse, Bind, Execute) can interleave in PGlite's one
 * session: a Bind can meet the other connection's unnamed statement ("unnamed prepared statement
 * does not exist" once a write transaction sits between them, or worse, the wrong statement).
 * With one pooled connection every query and transaction takes its turn; PGlite runs one at a
 * time anyway, so nothing is lost.
 */
export const EMBEDDED_MAX_CONNECTIONS = 1;

export async function startEmbeddedDatabase(
  dataDir: string,
  options: { template?: Blob } = {},
): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith('memory://')) await fs.mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, loadDataDir: options.template });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
    async dump() {
      return (await db.dumpDataDir('none')) as Blob;
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
