import os from 'node:os';
import type { Config } from '../config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { createOrm, migrate, type Orm } from '../platform/database/orm.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../platform/database/embedded.js';
import { startServer, type RunningServer } from '../platform/server/app.js';
import { AnswerTypes, ResponseCache } from '../platform/server/response-cache.js';
import { listenForWrites, onLocalChanges, onLocalWrite, type WriteListener } from '../platform/database/write-watch.js';
import { LiveHub } from '../live/live.hub.js';
import type { Credentials } from '../auth/viewer.js';
import { playgroundAssetsRouter, playgroundHtml, PLAYGROUND_ASSET_PATH } from '../playground/playground.page.js';
import { seedIfEmpty } from '../seed/seed.loader.js';
import { fillSearchVectors } from '../search/search.vectors.js';
import { DASHBOARD_PATH, dashboardRoutes } from '../dashboard/dashboard.routes.js';
import { dashboardOperations } from '../dashboard/dashboard.operations.js';
import { feedRoutes } from '../feed/feed.routes.js';
import { bundleRoutes } from '../bundle/bundle.routes.js';
import { bundleFormat } from './bundle.js';
import { INGEST_ENDPOINT } from '../ingest/ingest.module.js';
import { entities, nodeTypes } from './modules.js';
import { getSchema } from './schema.js';
import { createLoaders, createRequestContext, NODE_LABELS } from './context.js';
import { credentialsFor, issueFirstAdminToken } from '../api-token/api-token.service.js';
import { startWebhookWorker, type WebhookWorker } from '../webhook/webhook.worker.js';

export interface App {
  url: string;
  orm: Orm;
  server: RunningServer;
  responseCache: ResponseCache;
  /** sends webhook deliveries and runs the reminder scan */
  webhooks: WebhookWorker;
  /** this process's live subscriptions */
  live: LiveHub;
  stop(): Promise<void>;
}

/** at most 32 MB of cached answers */
const RESPONSE_CACHE_MAX_BYTES = 32 * 1024 * 1024;

export interface StartOptions {
  /** start the embedded database from this data-dir dump (tests: a migrated template) */
  embeddedTemplate?: Blob;
  /** tests: connect through this instead (a TCP proxy that can cut the connection, for outage tests) */
  connectThrough?(databaseUrl: string): Promise<string>;
  /** read from DATABASE_REPLICA_URLS (the server does; command-line tools read the primary) */
  readReplicas?: boolean;
  /** "now" for reminders (the reminders feed, the reminder scan): tests set the day */
  now?: () => Date;
}

export interface OpenDatabase {
  orm: Orm;
  /** the primary's URL as this process reaches it; undefined for the embedded database */
  primaryUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * Types whose names arguments look up (groups by acronym in every filter, topics by name):
 * renaming one changes what such a filter matches, so every cached answer depends on them.
 */
const LOOKED_UP_BY_NAME = ['Group', 'Topic'];

/** The configured database (embedded under DATA_DIR, or DATABASE_URL), migrated. */
export async function openDatabase(config: Config, logger: Logger, options: StartOptions = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  let poolMax = config.databasePoolSize;
  if (!url) {
    embedded = await startEmbeddedDatabase(config.dataDir, { template: options.embeddedTemplate });
    url = embedded.url;
    poolMax = embedded.maxConnections;
    logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL (PGlite) started');
  }
  if (options.connectThrough) url = await options.connectThrough(url);
  const orm = await createOrm({ url, replicaUrls: options.readReplicas ? config.databaseReplicaUrls : [], poolMax, entities, logger, cancelStatements: !embedded, planCacheMode: config.databasePlanCacheMode });
  const close = async () => {
    await orm.close(true);
    await embedded?.stop();
  };
  try {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  } catch (error) {
    await close();
    throw error;
  }
  return { orm, primaryUrl: embedded ? undefined : url, close };
}

/** Database (embedded or real), migrations, seed, then the HTTP server: what `npm start` runs. */
export async function startApp(config: Config, logger: Logger, options: StartOptions = {}): Promise<App> {
  const { orm, primaryUrl, close: closeDatabase } = await openDatabase(config, logger, { ...options, readReplicas: true });
  let listener: WriteListener | undefined;
  let stopHearingLocalWrites = () => {};
  let stopHearingLocalChanges = () => {};
  const live = new LiveHub(orm.em.fork(), logger);
  const close = async () => {
    stopHearingLocalWrites();
    stopHearingLocalChanges();
    live.close();
    await listener?.close();
    await closeDatabase();
  };
  try {
    if (config.seed) {
      const seeded = await seedIfEmpty(orm.em, bundleFormat);
      if (seeded) logger.info(seeded, 'seed data set loaded');
    }
    // rows an import committed without their search vectors (`npm run import -- --search-later`,
    // or an import stopped before it filled them) become searchable before the server serves
    const filled = await fillSearchVectors(orm.em.fork(), { connections: os.availableParallelism() });
    if (filled > 0) logger.info({ rows: filled }, 'search vectors filled');
    await issueFirstAdminToken(orm.em, logger);
    const responseCache = new ResponseCache({ ttlMs: config.responseCacheSeconds * 1000, maxBytes: RESPONSE_CACHE_MAX_BYTES });
    const invalidate = (changedTypes?: ReadonlySet<string>) => responseCache.invalidate(changedTypes);
    // this process's writes outside a request (an import while serving, as the tests do)
    stopHearingLocalWrites = onLocalWrite((types) => responseCache.invalidate(types));
    // the changes this process commits, to its live subscriptions
    stopHearingLocalChanges = onLocalChanges((changes) => live.publish(changes));
    // other processes' writes, heard on the primary (for the response cache and the live subscriptions);
    // the embedded database has no other process
    if (primaryUrl) {
      listener = await listenForWrites({
        url: primaryUrl,
        logger,
        onWrite: (types, changes) => {
          responseCache.invalidate(types);
          live.publish(changes);
        },
        onLost: () => responseCache.invalidate(),
      });
    }
    const schema = await getSchema();
    const server = await startServer({
      config,
      logger,
      schema,
      plannedTypes: nodeTypes.flatMap((n) => (n.planned ? [n.planned] : [])),
      responseCache: {
        cache: responseCache,
        answerTypes: new AnswerTypes(schema, new Set(entities.map((e) => e.name)), LOOKED_UP_BY_NAME),
        // a cache that is off never syncs (the listener serves the live subscriptions too)
        sync: responseCache.enabled ? listener?.sync : undefined,
      },
      subscriptions: {
        authenticate: async (authorization) => {
          const credentials = await credentialsFor(orm.em.fork(), authorization);
          return { credentials, problem: credentials.credentialProblem };
        },
        createContext: (requestId, credentials) => ({
          ...createRequestContext(orm.em, logger, requestId, credentials as Credentials, invalidate, {
            allowLocalWebhooks: config.webhookAllowLocal,
            settings: { dueSoonDays: config.dueSoonDays },
          }),
          live,
        }),
      },
      // credentialsFor only reads through the pool's knex: no EntityManager fork (a unit of work,
      // an identity map) per request for it
      createContext: async (requestId, req) =>
        createRequestContext(orm.em, logger, requestId, await credentialsFor(orm.em, req.headers.authorization), invalidate, {
          allowLocalWebhooks: config.webhookAllowLocal,
          settings: { dueSoonDays: config.dueSoonDays },
        }),
      databaseReady: () => databaseAnswers(orm),
      home: DASHBOARD_PATH,
      trustedDocuments: dashboardOperations(),
      largeBodyEndpoints: [INGEST_ENDPOINT],
      landingPage: { html: playgroundHtml('/graphql'), assets: playgroundAssetsRouter(), assetPath: PLAYGROUND_ASSET_PATH },
      routes: (app) => {
        feedRoutes({ em: orm.em, logger, reads: { loaders: (em) => createLoaders(em), nodeLabels: NODE_LABELS }, now: options.now })(app);
        bundleRoutes({ em: orm.em, logger, format: bundleFormat })(app);
        // tests build the dashboard on first use, so files that never open it do not pay for it
        dashboardRoutes({ logger, buildAtStart: config.nodeEnv !== 'test' })(app);
      },
    });
    const webhooks = startWebhookWorker({
      em: orm.em,
      logger,
      allowLocal: config.webhookAllowLocal,
      intervalMs: config.webhookDeliveryIntervalMs,
      timeoutMs: config.webhookTimeoutMs,
      retryBaseMs: config.webhookRetryBaseMs,
      maxAttempts: config.webhookMaxAttempts,
      scanIntervalMs: config.reminderScanIntervalMs,
      now: options.now ?? (() => new Date()),
    });
    return {
      url: server.url,
      orm,
      server,
      responseCache,
      webhooks,
      live,
      async stop() {
        await webhooks.stop();
        await server.stop();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** true when the database answers `select 1` within 1.5 s (so /readyz turns 503 within 2 s even when the database hangs) */
async function databaseAnswers(orm: Orm): Promise<boolean> {
  try {
    await Promise.race([
      orm.em.getConnection().execute('select 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1_500).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
