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

export const EMBEDDED_MAX_CONNECTIONS = 4;

export async function startEmbeddedDatabase(
  dataDir: string,
  /** maxConnections: for a client in another process (the benchmark's server) with a larger pool */
  options: { template?: Blob; maxConnections?: number } = {},
): Promise<EmbeddedDatabase> {
  const maxConnections = options.maxConnections ?? EMBEDDED_MAX_CONNECTIONS;
  if (!dataDir.startsWith('memory://')) await fs.mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, loadDataDir: options.template });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    maxConnections,
    async dump() {
      return (await db.dumpDataDir('none')) as Blob;
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
