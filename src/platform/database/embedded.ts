import fs from 'node:fs/promises';
import path from 'node:path';
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

/** A data directory another live process has open (PGlite has no lock of its own). */
export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The embedded database in ${dataDir} is in use by process ${pid} (a running server?): stop it first, or use the API.`);
    this.name = 'DataDirInUseError';
  }
}

const OWNER_FILE = 'liaison-graph.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data directory for this process: two processes opening one PGlite directory (a
 * server and `npm run token`, or two servers) would corrupt it. A file left by a dead process
 * is taken over.
 */
async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, OWNER_FILE);
  const owner = Number(await fs.readFile(file, 'utf8').catch(() => ''));
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
  await fs.writeFile(file, String(process.pid));
  return () => fs.rm(file, { force: true });
}

export async function startEmbeddedDatabase(
  dataDir: string,
  options: { template?: Blob } = {},
): Promise<EmbeddedDatabase> {
  let release = async () => {};
  if (!dataDir.startsWith('memory://')) {
    await fs.mkdir(dataDir, { recursive: true });
    release = await claimDataDir(dataDir);
  }
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
      await release();
    },
  };
}
