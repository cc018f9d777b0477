import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../../config/config.js';
import type { Logger } from '../logging/logger.js';
import { formatError } from '../graphql/errors.js';
import { runCountingStatements, type StatementCount } from '../database/query-counter.js';
import { responseCacheMiddleware, responseCachePlugin, type CacheTicket, type ResponseCache } from './response-cache.js';
import { ErrorCode } from '../errors/app-error.js';

export interface ServerDeps<TContext extends BaseContext & { requestId: string; logger: Logger }> {
  config: Config;
  schema: GraphQLSchema;
  logger: Logger;
  /** builds a request's context: a forked EntityManager and fresh loaders */
  createContext(requestId: string, req: Request): Promise<TContext>;
  /** does the database answer? (for /readyz) */
  databaseReady(): Promise<boolean>;
  /** the playground's HTML and its asset routes */
  landingPage: { html: string; assets: express.Router; assetPath: string };
  /** more routes (feeds, dashboard) mounted before /graphql */
  routes?: (app: Express) => void;
  /** answers to public reads, kept until a write (see response-cache.ts) */
  responseCache?: ResponseCache;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reuse a caller's X-Request-Id if it is sane, so logs can be joined across services. */
const assignRequestId: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

/** Logs unexpected errors with the request id; shows the id on masked errors so users can quote it. */
function errorLoggingPlugin<T extends BaseContext & { requestId: string; logger: Logger }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = error.originalError ?? error;
            if (original && !(original as { code?: string }).code?.toString().startsWith('GRAPHQL') && original.name !== 'GraphQLError') {
              contextValue.logger.error({ err: original, path: error.path }, 'request failed');
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === ErrorCode.SERVICE_UNAVAILABLE) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

/** In bench and test mode, each response carries the SQL statements it cost (extensions.sqlStatements). */
function statementCountPlugin<T extends BaseContext>(counts: Map<string, StatementCount>): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // keyed by request id: Apollo hands each operation a shallow copy of the context
          const requestId = (contextValue as { requestId?: string }).requestId ?? '';
          const count = counts.get(requestId);
          counts.delete(requestId);
          if (count && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: count.statements };
          }
        },
      };
    },
  };
}

export async function startServer<TContext extends BaseContext & { requestId: string; logger: Logger }>(
  deps: ServerDeps<TContext>,
): Promise<RunningServer> {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // answers are POSTs, never revalidated: hashing every body for an ETag is wasted work
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const counts = new Map<string, StatementCount>();
  // the cache ticket of each request that missed, by request id (Apollo copies the context per operation)
  const tickets = new Map<string, CacheTicket>();

  const apollo = new ApolloServer<TContext>({
    schema: deps.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLoggingPlugin<TContext>(),
      statementCountPlugin<TContext>(counts),
      ...(deps.responseCache
        ? [responseCachePlugin<TContext>(deps.responseCache, (context) => tickets.get(context.requestId), { exposeSqlCounts: config.exposeSqlCounts })]
        : []),
      { async serverWillStart() { return { async renderLandingPage() { return { html: deps.landingPage.html }; } }; } },
    ],
  });
  await apollo.start();

  app.use(assignRequestId);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await deps.databaseReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  app.use(deps.landingPage.assetPath, deps.landingPage.assets);
  deps.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    // a cached answer is sent from here: nothing after it runs
    ...(deps.responseCache ? [responseCacheMiddleware(deps.responseCache)] : []),
    // statements are counted per request through async context, so this wraps everything after it
    (_req, res, next) => {
      const count: StatementCount = { statements: 0 };
      res.locals.statementCount = count;
      runCountingStatements(count, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const context = await deps.createContext(requestId, req);
        if (config.exposeSqlCounts) counts.set(requestId, res.locals.statementCount as StatementCount);
        const ticket = res.locals.responseCacheTicket as CacheTicket | undefined;
        if (ticket) {
          tickets.set(requestId, ticket);
          res.once('close', () => tickets.delete(requestId));
        }
        return context;
      },
    }),
  );
  // a malformed JSON body, an oversized body: a coded error, never a stack trace
  app.use(((err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err, requestId: res.locals.requestId }, 'unhandled error');
    const code = status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST;
    const message = status === 413 ? 'The request body is too large (100 kB at most).' : status === 500 ? 'Internal server error' : 'The request body is not valid JSON.';
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
  }) as express.ErrorRequestHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}
