import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import bodyParser from 'body-parser';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Kind, parse, type GraphQLSchema } from 'graphql';
import { GRAPHQL_MAX_BODY_BYTES, type Config } from '../../config/config.js';
import type { Logger } from '../logging/logger.js';
import { errorKind, formatError, formatHttpError } from '../graphql/errors.js';
import { checkQueryText, QUERY_LIMITS, queryCostPlugin, queryLimitRules } from '../graphql/limits.js';
import { checkDeadlineOnLists } from '../graphql/deadline.js';
import { KnownOperationTypesRule, NoHttpSubscriptionsRule } from '../graphql/operation-types.js';
import { hideFieldSuggestionsPlugin } from '../graphql/suggestions.js';
import { inputGuardPlugin } from '../graphql/input-guard.js';
import { compiledExecutionGateway, MAX_COMPILED_FIELDS } from '../graphql/compiled-execution.js';
import { PlannedReads } from '../graphql/planned-execution.js';
import type { PlannedType } from '../database/json-plan.js';
import { runCountingStatements, type StatementCount } from '../database/query-counter.js';
import { runRequestReads } from '../database/read-routing.js';
import { currentBudget, isBudgetStop } from '../database/request-budget.js';
import { requestBudgets, SHUTDOWN_GRACE_MS } from './request-budgets.js';
import { httpCachePlugin, persistedQueryStore } from './http-cache.js';
import { cacheTicketOf, responseCacheMiddleware, responseCachePlugin, type AnswerTypes, type CacheTicket, type ResponseCache } from './response-cache.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { rateLimit } from './rate-limit.js';
import { admission } from './admission.js';
import { memoryStore, redisStore } from './rate-limit-store.js';
import { requestLog } from './request-log.js';
import { cors } from './cors.js';
import { frontDoorRoutes, notFoundPage, wantsHtml } from './front-door.js';
import { startSubscriptionServer, type SubscriptionOptions } from './subscriptions.js';
import { header, pathOf, runSteps, sendJson, stateOf, type Step, type StepRequest } from './request-steps.js';
import { apolloStep } from './graphql-endpoint.js';

export interface ServerDeps<TContext extends BaseContext & { requestId: string; logger: Logger }> {
  config: Config;
  schema: GraphQLSchema;
  logger: Logger;
  /** builds a request's context: a forked EntityManager and fresh loaders */
  createContext(requestId: string, req: http.IncomingMessage): Promise<TContext>;
  /** does the database answer? (for /readyz) */
  databaseReady(): Promise<boolean>;
  /** the playground's HTML and its asset routes */
  landingPage: { html: string; assets: express.Router; assetPath: string };
  /** where `/` leads (the dashboard) */
  home: string;
  /**
   * the query texts of our own clients (the dashboard's operations): persisted queries every
   * process knows by hash from the start (http-cache.ts)
   */
  trustedDocuments?: readonly string[];
  /**
   * GraphQL endpoints beside /graphql with a larger body limit, each taking only mutations of
   * the named root fields (documents to ingest, in base64); /graphql keeps its small limit
   */
  largeBodyEndpoints?: readonly { path: string; maxBodyBytes: number; rootFields: readonly string[] }[];
  /** more routes (feeds, dashboard) mounted before /graphql */
  routes?: (app: Express) => void;
  /** answers to public reads, kept until a write changes what they show (see response-cache.ts) */
  responseCache?: {
    cache: ResponseCache;
    /** the types each answer may show */
    answerTypes: AnswerTypes;
    /** resolves once writes other processes acknowledged are applied (false: unknown, bypass the cache) */
    sync?(): Promise<boolean>;
  };
  /** the types whose reads node(id:) may answer with one statement (graphql/planned-execution.ts) */
  plannedTypes?: readonly PlannedType[];
  /** live updates: GraphQL subscriptions over WebSocket on /graphql (see subscriptions.ts) */
  subscriptions?: Pick<SubscriptionOptions<object, unknown>, 'authenticate' | 'createContext'>;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reuse a caller's X-Request-Id if it is sane, so logs can be joined across services. */
const assignRequestId: Step = (req, res, next) => {
  const given = header(req, 'x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  stateOf(res).requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

/**
 * Logs each error of a request with its request id (unexpected ones as errors, a lost database
 * as a warning, the client's own mistakes at debug), and shows the id on masked errors so a
 * user can quote it.
 */
function errorLoggingPlugin<T extends BaseContext & { requestId: string; logger: Logger }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          // a request stopped by its budget fails wherever it was: one line says why (see request-log.ts)
          const stopped = currentBudget()?.error;
          if (stopped) {
            contextValue.logger.warn({ code: stopped.code, reason: stopped.reason, fieldErrors: errors.length }, 'request stopped');
            return;
          }
          for (const error of errors) {
            const kind = errorKind(error);
            const err = error.originalError ?? error;
            if (kind === 'unexpected') contextValue.logger.error({ err, path: error.path }, 'request failed');
            else if (kind === 'unavailable') contextValue.logger.warn({ err, path: error.path }, 'database unavailable');
            else contextValue.logger.debug({ code: error.extensions?.code, message: error.message, path: error.path }, 'refused');
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

/** In bench and test mode, each response carries the SQL statements it cost (extensions.sqlStatements) and the round trips they took (sqlRoundTrips). */
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
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: count.statements, sqlRoundTrips: count.roundTrips };
          }
        },
      };
    },
  };
}

/** how long an idle keep-alive connection stays open: longer than the proxies in front of us keep theirs */
export const KEEP_ALIVE_MS = 65_000;

/** the query text limits (length, tokens) on the raw text, before Apollo parses anything */
const limitQueryText: Step = (req, _res, next) => {
  const query: unknown = req.method === 'GET' ? new URL(req.url ?? '', 'http://x').searchParams.get('query') : (req.body as { query?: unknown } | undefined)?.query;
  next(typeof query === 'string' ? checkQueryText(query) : undefined);
};

/**
 * A large-body endpoint answers only mutations of its own root fields: its larger limit is for
 * documents, not for queries an attacker would send there to get past the small one.
 */
function onlyRootFields(fields: readonly string[]): Step {
  const allowed = new Set([...fields, '__typename']);
  return (req, _res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    const refuse = () =>
      next(new AppError(ErrorCode.BAD_REQUEST, `This endpoint takes only POSTed mutations of ${fields.join(', ')}; everything else goes to /graphql.`));
    if (req.method !== 'POST' || typeof query !== 'string') return refuse();
    let document;
    try {
      document = parse(query);
    } catch {
      return refuse();
    }
    // fragments are fine (they only shape the answer); every operation must be one of ours
    const ok = document.definitions.every(
      (d) =>
        d.kind === Kind.FRAGMENT_DEFINITION ||
        (d.kind === Kind.OPERATION_DEFINITION &&
          d.operation === 'mutation' &&
          d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && allowed.has(s.name.value))),
    );
    return ok ? next() : refuse();
  };
}

export async function startServer<TContext extends BaseContext & { requestId: string; logger: Logger }>(
  deps: ServerDeps<TContext>,
): Promise<RunningServer> {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  /** the GraphQL endpoints by path, each the steps it runs (set once Apollo has started) */
  const endpoints = new Map<string, readonly Step[]>();
  // GraphQL requests go to their endpoint's steps on Node's own request and response; the pages,
  // feeds and downloads to Express (request-steps.ts says why)
  const httpServer = http.createServer((req, res) => {
    const url = req.url ?? '';
    const path = pathOf(url);
    // with or without a trailing slash, as Express matched them
    const steps = endpoints.get(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
    if (!steps) return app(req, res);
    runSteps(steps, req, res, (error) => answerError(res, error ?? new AppError(ErrorCode.NOT_FOUND, `No such endpoint: ${req.method} ${url.slice(0, 200)}.`)));
  });
  // An idle keep-alive connection is closed by the client or the proxy in front, never by us
  // first: a load balancer (nginx 60 s, AWS ALB 60 s) or a client reusing a connection the server
  // has just closed after Node's default 5 s gets ECONNRESET or a 502 for a request nobody read.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  // above the keep-alive, as Node requires for its header timeout to mean anything on reuse
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const counts = new Map<string, StatementCount>();
  // the cache ticket of each request that missed, by request id (Apollo copies the context per operation)
  const tickets = new Map<string, CacheTicket>();
  const perMinute = config.rateLimitPerMinute;
  const rateLimitStore =
    perMinute > 0 ? (config.redisUrl ? await redisStore(config.redisUrl, perMinute, 60, logger) : memoryStore(perMinute, 60)) : undefined;
  const admitted = admission(config.maxConcurrentRequests);
  // every request past the health endpoints and the rate limit runs in a budget (request-budgets.ts)
  const budgets = requestBudgets({ timeoutMs: config.requestTimeoutMs, maxRows: config.maxRowsPerRequest });

  /**
   * Once a request is stopped, every load it started fails, and some of those promises no
   * resolver awaits any more (a resolver that awaited a sibling first, a list abandoned at its
   * first error): their rejections are expected, not a reason to end the process. Any other
   * unhandled rejection is thrown on, as Node would.
   */
  const ignoreStoppedLoads = (reason: unknown) => {
    if (!isBudgetStop(reason)) throw reason;
  };
  process.on('unhandledRejection', ignoreStoppedLoads);

  // beside the HTTP API on the same path; closed by the drain below (Apollo's documented pattern)
  const subscriptions = deps.subscriptions
    ? startSubscriptionServer({
        ...deps.subscriptions,
        httpServer,
        schema: deps.schema,
        logger,
        path: '/graphql',
        trustProxy: config.trustProxy,
        connectionsPerAddress: config.subscriptionConnectionsPerAddress,
        subscriptionsPerConnection: config.subscriptionsPerConnection,
        requestTimeoutMs: config.requestTimeoutMs,
        maxRowsPerRequest: config.maxRowsPerRequest,
      })
    : undefined;

  const apollo = new ApolloServer<TContext>({
    // the schema, executed by graphql-jit once a query repeats (compiled-execution.ts)
    gateway: compiledExecutionGateway(checkDeadlineOnLists(deps.schema), {
      planned:
        config.plannedReads && deps.plannedTypes?.length
          ? new PlannedReads(deps.schema, deps.plannedTypes, config.maxRowsPerRequest, MAX_COMPILED_FIELDS)
          : undefined,
    }),
    formatError,
    logger,
    includeStacktraceInErrorResponses: false,
    // "Did you mean …?" is taken off by our own plugin below, unless FIELD_SUGGESTIONS=true (see suggestions.ts)
    hideSchemaDetailsFromClientErrors: false,
    // the playground is a feature of a public knowledge base; INTROSPECTION=false turns it off
    introspection: config.introspection,
    // said explicitly: these are the defaults of Apollo 5, and the API relies on them
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // persisted queries give GET reads short, stable URLs a CDN or a browser can cache (http-cache.ts)
    persistedQueries: { cache: persistedQueryStore(deps.trustedDocuments ?? []) },
    // main.ts handles SIGTERM/SIGINT (drain, close the pool, exit): Apollo must not stop itself on them too
    stopOnTerminationSignals: false,
    validationRules: [KnownOperationTypesRule, NoHttpSubscriptionsRule, ...queryLimitRules()],
    // ten duplicated unknown directives are not worth ten errors: stop counting mistakes early
    validationOptions: { maxErrors: QUERY_LIMITS.validationErrors },
    plugins: [
      // no cache hints are used (the response cache keys on types, see response-cache.ts), and the
      // default cache-control plugin computed one for every field of every answer
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      // live connections close (1001, going away) when the server drains: clients reconnect elsewhere
      { async serverWillStart() { return { async drainServer() { await subscriptions?.dispose(); } }; } },
      budgets.plugin<TContext>(),
      errorLoggingPlugin<TContext>(),
      inputGuardPlugin<TContext>(),
      queryCostPlugin<TContext>(),
      ...(config.fieldSuggestions ? [] : [hideFieldSuggestionsPlugin<TContext>()]),
      statementCountPlugin<TContext>(counts),
      httpCachePlugin<TContext>(config.httpCacheSeconds),
      ...(deps.responseCache
        ? [
            responseCachePlugin<TContext>(deps.responseCache.cache, (context) => tickets.get(context.requestId), {
              exposeSqlCounts: config.exposeSqlCounts,
              answerTypes: deps.responseCache.answerTypes,
            }),
          ]
        : []),
      { async serverWillStart() { return { async renderLandingPage() { return { html: deps.landingPage.html }; } }; } },
    ],
  });
  await apollo.start();

  /** the coded JSON error of a request that never reached GraphQL, with its request id; never a stack trace */
  function answerError(res: http.ServerResponse, err: unknown): void {
    const state = stateOf(res);
    // a stopped request already answered from its budget (request-budgets.ts): what comes later is dropped
    if (state.answeredByBudget) return;
    if (res.headersSent) {
      // half an answer is out: the client can only tell by the connection closing
      res.destroy();
      return;
    }
    const { status, error, unexpected } = formatHttpError(err);
    if (unexpected) logger.error({ err, requestId: state.requestId }, 'unhandled error');
    sendJson(res, status, { errors: [{ ...error, extensions: { ...error.extensions, requestId: state.requestId } }] });
  }

  // every request: its id, its log line, CORS (before the rate limit: a preflight is answered here and costs nothing)
  const firstSteps: Step[] = [assignRequestId, requestLog(logger), cors(config.corsOrigins)];
  // every request but the health endpoints: the rate limit, then its budget
  const limitedSteps: Step[] = [
    ...(rateLimitStore ? [rateLimit({ perMinute: config.rateLimitPerMinute, store: rateLimitStore, logger, trustProxy: config.trustProxy })] : []),
    budgets.step,
  ];
  // what a GraphQL request runs through once its body is read and its query text checked
  const graphqlSteps: Step[] = [
    // a cached answer is sent from here (after the rate limit and the body checks): nothing after it runs
    ...(deps.responseCache ? [responseCacheMiddleware(deps.responseCache.cache, deps.responseCache.sync, config.httpCacheSeconds)] : []),
    // at most maxConcurrentRequests execute at once; the rest wait their turn (admission.ts)
    admitted.handler,
    // statements are counted per request through async context, so this wraps everything after it
    (_req, res, next) => {
      const count: StatementCount = { statements: 0, roundTrips: 0 };
      stateOf(res).statementCount = count;
      // and a request's reads are routed (replica, or primary once it has written) the same way
      runCountingStatements(count, () => runRequestReads(next));
    },
    apolloStep(apollo, async (req: StepRequest, res) => {
      const { requestId, statementCount } = stateOf(res);
      const context = await deps.createContext(requestId, req);
      if (config.exposeSqlCounts && statementCount) counts.set(requestId, statementCount);
      const ticket = cacheTicketOf(res);
      if (ticket) {
        tickets.set(requestId, ticket);
        res.once('close', () => tickets.delete(requestId));
      }
      return context;
    }),
  ];
  const graphqlEndpoint = (maxBodyBytes: number, ...checks: Step[]): Step[] => [
    ...firstSteps,
    ...limitedSteps,
    bodyParser.json({ limit: maxBodyBytes }) as Step,
    limitQueryText,
    ...checks,
    ...graphqlSteps,
  ];
  for (const endpoint of deps.largeBodyEndpoints ?? []) {
    endpoints.set(endpoint.path, graphqlEndpoint(endpoint.maxBodyBytes, onlyRootFields(endpoint.rootFields)));
  }
  endpoints.set('/graphql', graphqlEndpoint(GRAPHQL_MAX_BODY_BYTES));

  app.use(...firstSteps);
  // health and readiness are not rate limited: orchestrators poll them
  app.get('/healthz', (_req, res) => {
    // and how busy it is: GraphQL requests executing and waiting for a place (admission.ts)
    res.json({ status: 'ok', requests: admitted.state() });
  });
  app.get('/readyz', async (_req, res) => {
    if (budgets.stopping()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    const ready = await deps.databaseReady();
    // the rate limit does not decide readiness (it always limits), but says where it counts
    const details = { rateLimit: rateLimitStore?.state() ?? 'off' };
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable', details });
  });
  app.use(...limitedSteps);
  app.use(deps.landingPage.assetPath, deps.landingPage.assets);
  frontDoorRoutes({ home: deps.home, schema: deps.schema })(app);
  deps.routes?.(app);
  app.use((req, res, next) => {
    // a browser following a dead link gets a page with the way back; API clients the coded JSON error
    if ((req.method === 'GET' || req.method === 'HEAD') && wantsHtml(req)) {
      res.status(404).type('html').setHeader('Cache-Control', 'no-cache');
      res.send(notFoundPage(req.path.slice(0, 200), deps.home));
      return;
    }
    next(new AppError(ErrorCode.NOT_FOUND, `No such endpoint: ${req.method} ${req.path.slice(0, 200)}. The API is POST /graphql.`));
  });
  // malformed requests, rate limits, unknown paths: a coded error, never a stack trace
  app.use(((err, _req, res, next) => {
    if (res.headersSent && !stateOf(res).answeredByBudget) return next(err);
    answerError(res, err);
  }) as express.ErrorRequestHandler);

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    // the port is taken, say: let go of what was opened, so the process can exit
    process.off('unhandledRejection', ignoreStoppedLoads);
    await rateLimitStore?.close();
    throw error;
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    httpServer,
    /** stops accepting connections, lets in-flight requests finish (SHUTDOWN_GRACE_MS at most), then closes what it opened */
    async stop() {
      // requests in flight get until shortly before the grace period ends, then their coded answer
      budgets.stopAll();
      await apollo.stop();
      process.off('unhandledRejection', ignoreStoppedLoads);
      await rateLimitStore?.close();
    },
  };
}
