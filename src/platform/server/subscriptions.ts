import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode, handleProtocols, type Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from '../logging/logger.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { formatError, refusal } from '../graphql/errors.js';
import { checkQueryText, QUERY_LIMITS, queryLimitRules } from '../graphql/limits.js';
import { KnownOperationTypesRule } from '../graphql/operation-types.js';
import { queryCost } from '../graphql/query-cost.js';
import { RequestBudget, runWithBudget } from '../database/request-budget.js';
import { readFromPrimary, runRequestReads } from '../database/read-routing.js';
import { clientAddress } from './request-steps.js';

/**
 * Live updates: GraphQL subscriptions over WebSocket on /graphql (the graphql-ws protocol, the
 * `graphql-transport-ws` subprotocol), beside the HTTP API on the same path, as Apollo Server's
 * documentation sets them up (ws + graphql-ws's useServer, disposed by a drain plugin).
 *
 * - Subscriptions only: queries and mutations go over HTTP, where the rate limit and the
 *   response cache are (a `query` or `mutation` sent here is refused with BAD_REQUEST).
 * - The same limits as over HTTP on the document: text length and tokens, depth, aliases,
 *   directives, cost (QUERY_TOO_COMPLEX).
 * - Per client address at most `connectionsPerAddress` connections (more are closed at once with
 *   4029 and a reason starting RATE_LIMITED); per connection at most `subscriptionsPerConnection`
 *   subscriptions (more are refused with RATE_LIMITED, `extensions.limit: "subscriptions"`).
 * - `connection_init` may carry `{ "authorization": "Bearer lg_…" }`: the token is checked as
 *   over HTTP; a bad one closes the connection (4403) with the problem as its reason.
 * - Each event runs in a request budget of its own (time, rows), reading from the primary (the
 *   write it announces has just committed there), with a fresh context (loaders cache one event).
 */
export interface SubscriptionOptions<TContext, TCredentials> {
  httpServer: http.Server;
  schema: GraphQLSchema;
  logger: Logger;
  path: string;
  /** reverse proxies in front (TRUST_PROXY): the client address is read that many hops back in X-Forwarded-For */
  trustProxy: number;
  connectionsPerAddress: number;
  subscriptionsPerConnection: number;
  /** each event's budget */
  requestTimeoutMs: number;
  maxRowsPerRequest: number;
  /** the credentials of the connection's Authorization value; `problem` refuses it */
  authenticate(authorization: string | undefined): Promise<{ credentials: TCredentials; problem: string | null }>;
  /** a fresh context for one event (or one subscribe) of a subscription */
  createContext(requestId: string, credentials: TCredentials): TContext;
}

/** graphql-ws close code for "too many connections from this address" (4xxx: the application's own) */
export const TOO_MANY_CONNECTIONS = 4029;

/** the message of one WebSocket frame at most, as the HTTP body limit (100 kB) */
const MAX_PAYLOAD = 100 * 1024;

type ConnectionExtra = {
  socket: WebSocket;
  request: http.IncomingMessage;
};

function coded(error: AppError): GraphQLError {
  return refusal(error);
}

/** graphql-js's parse and validation errors carry no code (Apollo adds them over HTTP) */
function withCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

/** errors as the HTTP API formats them (codes kept, unexpected ones masked) */
function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((e) => formatError(e.toJSON(), e));
}

/**
 * The subscription's events, each executed inside its own budget with a fresh context. return()
 * ends the source at once, even while it waits for an event (graphql-ws calls it when the client
 * completes or goes away).
 */
function eachEventInABudget(
  source: AsyncIterator<unknown>,
  run: (payload: unknown) => Promise<ExecutionResult>,
): AsyncGenerator<ExecutionResult, void, void> {
  const generator: AsyncGenerator<ExecutionResult, void, void> = {
    async next() {
      const event = await source.next();
      if (event.done) return { value: undefined, done: true };
      return { value: await run(event.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return generator;
    },
  };
  return generator;
}

/** Starts the WebSocket endpoint on `httpServer`; dispose() closes every connection (the drain plugin calls it). */
export function startSubscriptionServer<TContext extends object, TCredentials>(options: SubscriptionOptions<TContext, TCredentials>): Disposable {
  const { logger, schema } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD, handleProtocols });
  const perAddress = new Map<string, number>();
  /** each connection's credentials (from its connection_init), and each subscription context's */
  const credentialsOf = new WeakMap<object, TCredentials>();
  const rules = [...specifiedRules, KnownOperationTypesRule, ...queryLimitRules()];

  options.httpServer.on('upgrade', (request: http.IncomingMessage, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== options.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const address = clientAddress(request, options.trustProxy);
    const open = perAddress.get(address) ?? 0;
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (open >= options.connectionsPerAddress) {
        ws.close(TOO_MANY_CONNECTIONS, `RATE_LIMITED: at most ${options.connectionsPerAddress} live connections per client address`);
        return;
      }
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      ws.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      wss.emit('connection', ws, request);
    });
  });

  const budgetLimits = { timeoutMs: options.requestTimeoutMs, maxRows: options.maxRowsPerRequest };

  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      async onConnect(ctx) {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const authorization = typeof raw === 'string' ? raw : undefined;
        const { credentials, problem } = await options.authenticate(authorization);
        if (problem) {
          ctx.extra.socket.close(CloseCode.Forbidden, `UNAUTHENTICATED: ${problem}`.slice(0, 120));
          return false;
        }
        credentialsOf.set(ctx, credentials);
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        // the subscription being added is already counted in ctx.subscriptions
        const open = Object.keys(ctx.subscriptions).length;
        if (open > options.subscriptionsPerConnection) {
          return [
            coded(
              new AppError(
                ErrorCode.RATE_LIMITED,
                `At most ${options.subscriptionsPerConnection} subscriptions per connection: complete one first, or open another connection.`,
                undefined,
                { limit: 'subscriptions', max: options.subscriptionsPerConnection },
              ),
            ),
          ];
        }
        if (typeof payload.query !== 'string') return [coded(new AppError(ErrorCode.BAD_REQUEST, 'A subscribe message needs a query.'))];
        const tooLong = checkQueryText(payload.query);
        if (tooLong) return [coded(tooLong)];
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [withCode(error as GraphQLError, ErrorCode.GRAPHQL_PARSE_FAILED)];
        }
        const errors = validate(schema, document, rules, { maxErrors: QUERY_LIMITS.validationErrors });
        if (errors.length) return errors.map((e) => (e.originalError ? e : withCode(e, ErrorCode.GRAPHQL_VALIDATION_FAILED)));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [coded(new AppError(ErrorCode.BAD_REQUEST, 'Name the operation to run (operationName).'))];
        if (operation.operation !== 'subscription') {
          return [coded(new AppError(ErrorCode.BAD_REQUEST, `Only subscriptions are served over WebSocket; send ${operation.operation} operations as POST /graphql.`))];
        }
        const counted = queryCost({ schema, document, operation, variables: payload.variables ?? undefined });
        if (counted.kind === 'too-many-selections' || (counted.kind === 'cost' && counted.cost > QUERY_LIMITS.cost)) {
          const cost = counted.kind === 'cost' ? counted.cost : undefined;
          return [
            coded(
              new AppError(ErrorCode.QUERY_TOO_COMPLEX, `This subscription may read or build ${cost ?? 'too many'} objects per event, over the limit of ${QUERY_LIMITS.cost}.`, undefined, {
                limit: 'cost',
                max: QUERY_LIMITS.cost,
                ...(cost ? { cost } : {}),
              }),
            ),
          ];
        }
        const credentials = credentialsOf.get(ctx) as TCredentials;
        const contextValue = options.createContext(randomUUID(), credentials);
        credentialsOf.set(contextValue, credentials);
        const args: ExecutionArgs = { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
        return args;
      },
      // each event: a fresh context, its own budget, reads on the primary
      async subscribe(args: ExecutionArgs) {
        const stream = await runRequestReads(() => createSourceEventStream(args));
        if (!(Symbol.asyncIterator in stream)) return stream;
        const credentials = credentialsOf.get(args.contextValue as object);
        return eachEventInABudget(stream[Symbol.asyncIterator](), async (payload) => {
          const context = args.contextValue as object;
          Object.assign(context, options.createContext(randomUUID(), credentials as TCredentials));
          const budget = new RequestBudget(budgetLimits);
          try {
            return await runWithBudget(budget, () =>
              runRequestReads(async () => {
                readFromPrimary();
                return execute({ ...args, rootValue: payload });
              }),
            );
          } finally {
            budget.finish();
          }
        });
      },
      onNext(_ctx, _id, _payload, _args, result) {
        return result.errors ? { ...result, errors: formatted(result.errors) } : undefined;
      },
      onError(_ctx, _id, _payload, errors) {
        return formatted(errors);
      },
    },
    wss,
  );

  return {
    async dispose() {
      await server.dispose();
      logger.debug('live updates: WebSocket connections closed');
    },
  };
}
