/**
 * Once per test run: a migrated template database (real PostgreSQL) or a migrated PGlite
 * dump (embedded), so each test file starts from it in about a second.
 */
import fs from 'node:fs';
import 'reflect-metadata';
import { createLogger } from '../../src/platform/logging/logger.js';
import { createOrm, migrate } from '../../src/platform/database/orm.js';
import { startEmbeddedDatabase } from '../../src/platform/database/embedded.js';
import { entities } from '../../src/app/modules.js';
import { adminQuery, CACHE_DIR, EMBEDDED_TEMPLATE_FILE, realDatabaseUrl, TEMPLATE_DATABASE, withDatabase } from './databases.js';

const logger = createLogger('warn');

export default async function setup(): Promise<void> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const base = realDatabaseUrl();
  if (base) {
    await adminQuery(base, `drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await adminQuery(base, `create database ${TEMPLATE_DATABASE}`);
    const orm = await createOrm({ url: withDatabase(base, TEMPLATE_DATABASE), poolMax: 2, entities, logger });
    await migrate(orm);
    await orm.close(true);
    console.log(`[tests] real PostgreSQL: template database ${TEMPLATE_DATABASE} migrated`);
    return;
  }
  const embedded = await startEmbeddedDatabase('memory://');
  const orm = await createOrm({ url: embedded.url, poolMax: embedded.maxConnections, entities, logger });
  await migrate(orm);
  await orm.close(true);
  const dump = await embedded.dump();
  await embedded.stop();
  fs.writeFileSync(EMBEDDED_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
  console.log('[tests] embedded PGlite: migrated template dumped');
}
