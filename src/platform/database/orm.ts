import { MikroORM, type AnyEntity, type EntityClass } from '@mikro-orm/core';
import { PostgreSqlDriver, type PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logging/logger.js';
import type { PlanCacheMode } from '../../config/config.js';
import { migrationsList } from '../../../migrations/index.js';
import { countRoundTrip } from './query-counter.js';
import { trackFlushedTypes } from './write-watch.js';
import { routeReads } from './read-routing.js';
import { budgetConnection } from './request-budget.js';

export type Orm = MikroORM<PostgreSqlDriver>;

export interface OrmOptions {
  url: string;
  /** read replicas of `url`: reads outside a transaction go to one of them (each gets a pool of poolMax) */
  replicaUrls?: readonly string[];
  poolMax: number;
  entities: EntityClass<AnyEntity>[];
  logger: Logger;
  /** plan_cache_mode of every connection (Config.databasePlanCacheMode) */
  planCacheMode?: PlanCacheMode;
  /**
   * cancel a stopped request's running statement (PostgreSQL's CancelRequest); off for the
   * embedded database, whose socket server ignores it (see request-budget.ts). Default on.
   */
  cancelStatements?: boolean;
}

export async function createOrm(options: OrmOptions): Promise<Orm> {
  const orm = await MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    // reads outside a transaction go to a replica (a random one); writes, and every read inside a
    // write's transaction, to the primary. The pool and driver options are the primary's.
    replicas: (options.replicaUrls ?? []).map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    preferReadReplicas: true,
    entities: options.entities,
    pool: {
      min: 0,
      max: options.poolMax,
      acquireTimeoutMillis: 10_000,
      idleTimeoutMillis: 10_000,
      // every statement of a request keeps that request's time and row budget (request-budget.ts)
      afterCreate: (connection: Parameters<typeof budgetConnection>[0], done: (err: Error | null, connection: unknown) => void) => {
        // reads are prepared statements (statement-batch.ts): planned once per connection, not per
        // read. Set before the budget is attached: a connection opened for a request that is then
        // stopped must still be set up, not refused as one of that request's statements.
        connection.query(`set plan_cache_mode = ${options.planCacheMode ?? 'force_generic_plan'}`, (err) => {
          if (!err) budgetConnection(connection, { cancel: options.cancelStatements ?? true });
          done(err, connection);
        });
      },
    },
    driverOptions: {
      connection: { connectionTimeoutMillis: 5_000 },
      // knex's own warnings ("Connection Error: …" when the database goes away) as JSON log lines, not console text
      log: {
        warn: (message: unknown) => options.logger.warn({ knex: String(message) }, 'database driver warning'),
        error: (message: unknown) => options.logger.error({ knex: String(message) }, 'database driver error'),
        deprecate: (method: unknown, alternative: unknown) => options.logger.debug({ method, alternative }, 'knex deprecation'),
        debug: (message: unknown) => options.logger.debug({ knex: message }, 'database driver debug'),
      },
    },
    // every request forks its own EntityManager; the global one must never be used by accident
    allowGlobalContext: false,
    forceUtcTimezone: true,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      snapshot: false,
    },
    discovery: { warnWhenNoEntities: true },
    debug: false,
    logger: (message) => options.logger.debug({ orm: message }),
  });
  for (const connection of [orm.em.getDriver().getConnection('write'), ...replicaConnections(orm)]) connection.getKnex().on('query', countRoundTrip);
  trackFlushedTypes(orm);
  routeReads(orm);
  return orm;
}

/** the replicas' connections (MikroORM picks one at random per read; each has its own knex) */
function replicaConnections(orm: Orm) {
  return (orm.em.getDriver() as unknown as { replicas: PostgreSqlConnection[] }).replicas;
}

export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
