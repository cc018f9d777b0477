/**
 * A real server for one test file: its own database (see databases.ts), the real HTTP stack,
 * and a typed client. Tests talk to it as users do: HTTP in, JSON out.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createLogger, type Logger } from '../../src/platform/logging/logger.js';
import { startApp, type App } from '../../src/app/bootstrap.js';
import { createTestDatabase, embeddedTemplate, realDatabaseUrl } from './databases.js';
import { startTcpProxy, targetOf, type TcpProxy } from './tcp-proxy.js';

export interface GraphQLResponse<T> extends ExecutionResult<T, { sqlStatements?: number; [key: string]: unknown }> {
  status: number;
}

export interface TestApp {
  url: string;
  app: App;
  /** which database the file runs on */
  database: 'postgresql' | 'embedded';
  graphql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: { headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TResult>>;
  /** the proxy between the server and its database, when started with `databaseProxy: true` */
  proxy?: TcpProxy;
  /** the server's log lines, parsed, when started with `logs: true` */
  logs: Record<string, unknown>[];
  /** an untyped request, for malformed input that typed documents cannot express */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers }>;
  /** stops the server and starts it again on the same database (needs `restartable` for the embedded one); url and app change */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  /** environment variables, read by loadConfig as at a real start */
  env?: Record<string, string>;
  /** connect to the database through a TCP proxy that the test can cut (outage tests) */
  databaseProxy?: boolean;
  /** keep the server's log lines (at info level) in `logs` */
  logs?: boolean;
  /** read what the server logs (e.g. the first ADMIN token) */
  logger?: Logger;
  /** "now" for reminders (feed and scan): the test sets the day */
  now?: () => Date;
  /** keep the embedded database in a folder, so restart() finds it again (a real database is kept anyway) */
  restartable?: boolean;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const base = realDatabaseUrl();
  const database = base ? await createTestDatabase(base) : undefined;
  const config: Config = {
    // a minute per request: test machines are shared and slow, and the time budget has tests of its own (request-budget.test.ts)
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test', EXPOSE_SQL_COUNTS: 'true', REQUEST_TIMEOUT_MS: '60000', ...options.env }),
    databaseUrl: database?.url,
    dataDir: options.restartable && !base ? await mkdtemp(path.join(os.tmpdir(), 'lg-restartable-')) : 'memory://',
    seed: options.seed ?? false,
  };
  const logs: Record<string, unknown>[] = [];
  const logger = options.logs
    ? createLogger(config.logLevel === 'silent' ? 'info' : config.logLevel, { write: (line: string) => void logs.push(JSON.parse(line)) })
    : (options.logger ?? createLogger(config.logLevel));
  let proxy: TcpProxy | undefined;
  const connectThrough = options.databaseProxy
    ? async (databaseUrl: string) => {
        proxy = await startTcpProxy(targetOf(databaseUrl));
        return proxy.url(databaseUrl);
      }
    : undefined;
  let app = await startApp(config, logger, { ...(base ? {} : { embeddedTemplate: embeddedTemplate() }), connectThrough, now: options.now });
  let url = app.url;

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  }

  return {
    get url() {
      return url;
    },
    get app() {
      return app;
    },
    database: base ? 'postgresql' : 'embedded',
    proxy,
    logs,
    async graphql(document, variables, opts) {
      const { status, json } = await post({ query: print(document), variables }, opts?.headers);
      return { status, ...(json as object) };
    },
    post,
    async restart() {
      if (!base && config.dataDir === 'memory://') throw new Error('restart() needs startTestApp({ restartable: true }) on the embedded database');
      await app.stop();
      app = await startApp(config, logger, { connectThrough, now: options.now });
      url = app.url;
    },
    async stop() {
      await proxy?.restore();
      await app.stop();
      await proxy?.close();
      await database?.drop();
      if (config.dataDir !== 'memory://') await rm(config.dataDir, { recursive: true, force: true });
    },
  };
}
