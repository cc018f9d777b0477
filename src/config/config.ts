import path from 'node:path';

/**
 * The server's configuration, read from the environment once, at start, and validated.
 * Nothing else in the code reads process.env: everything gets a Config.
 */
export interface Config {
  /** TCP port of the HTTP server (0 picks a free one: tests use it) */
  port: number;
  host: string;
  /** where the embedded database keeps its files when DATABASE_URL is not set */
  dataDir: string;
  /** a real PostgreSQL; when absent the embedded PGlite under dataDir is used */
  databaseUrl: string | undefined;
  /** connections to databaseUrl, and to each replica (the embedded database always uses one) */
  databasePoolSize: number;
  /**
   * read replicas of databaseUrl (streaming standbys): reads outside a write go to one of them;
   * writes, reads inside a write and a mutation's payload go to the primary. Needs DATABASE_URL.
   */
  databaseReplicaUrls: string[];
  /**
   * how PostgreSQL plans the reads' prepared statements (its plan_cache_mode, set on each
   * connection): `force_generic_plan` (the default) plans each once per connection; `auto`
   * replans each read with its values whenever PostgreSQL judges the generic plan costlier, which
   * for our reads (`id = any($1)`) is nearly always, and planning cost more than running them
   */
  databasePlanCacheMode: PlanCacheMode;
  logLevel: LogLevel;
  /** load the seed data set into an empty database on start */
  seed: boolean;
  /** bench and test mode: every GraphQL response reports its SQL statement count in extensions.sqlStatements */
  exposeSqlCounts: boolean;
  /**
   * how long answers to public reads are served from the in-process response cache (0: off).
   * Writes through the API, by any server process, drop the answers they affect at once; this
   * bounds staleness after changes made outside the API (psql).
   */
  responseCacheSeconds: number;
  /**
   * how long a browser or a CDN may serve the answer to a public GET query without asking again
   * (Cache-Control max-age); after that it revalidates with its ETag. 0: always revalidate.
   */
  httpCacheSeconds: number;
  /** production hides stack traces */
  nodeEnv: 'development' | 'production' | 'test';
  /** schema introspection (the playground needs it); on unless INTROSPECTION=false */
  introspection: boolean;
  /** "Did you mean …?" in validation errors; off unless FIELD_SUGGESTIONS=true (development) */
  fieldSuggestions: boolean;
  /** requests a minute per client address, and per token when one is sent; 0 turns the limit off */
  rateLimitPerMinute: number;
  /** a Redis shared by several server processes, so they share one rate-limit budget; in-process when absent */
  redisUrl: string | undefined;
  /** how many reverse proxies stand in front (their X-Forwarded-For names the client); 0 trusts none */
  trustProxy: number;
  /**
   * GraphQL requests one process executes at once; more wait their turn (their time counts against
   * requestTimeoutMs). Cached answers are not counted.
   */
  maxConcurrentRequests: number;
  /** total time a request may take; past it its statements are cancelled and it answers QUERY_TIMEOUT */
  requestTimeoutMs: number;
  /** rows the database may return to one request, over all its statements; past it: QUERY_TOO_COMPLEX (limit "rows") */
  maxRowsPerRequest: number;
  /**
   * node(id:) reads answered by one SQL statement when every field asked is planned
   * (graphql/planned-execution.ts); off: every read level by level (the tests compare the two)
   */
  plannedReads: boolean;
  /**
   * webhooks may point at loopback and private addresses, over plain http (tests run their
   * receivers on 127.0.0.1); off in production, where such a URL is refused
   */
  webhookAllowLocal: boolean;
  /** how often each server process looks for webhook deliveries that are due */
  webhookDeliveryIntervalMs: number;
  /** how long a receiver may take to answer one delivery before the attempt counts as failed */
  webhookTimeoutMs: number;
  /** the wait before the first retry; each further retry waits twice as long (capped at a day) */
  webhookRetryBaseMs: number;
  /** attempts per delivery before it is FAILED */
  webhookMaxAttempts: number;
  /** how often the reminder scan enqueues REMINDER and OVERDUE deliveries */
  reminderScanIntervalMs: number;
  /** a reply still awaited whose deadline is at most this many days away is "due soon" (Liaison.replyDueSoon) */
  dueSoonDays: number;
  /**
   * the origins whose pages may call the API from a browser (CORS); null: any origin. Never with
   * credentials: tokens are bearer tokens in the Authorization header, not cookies.
   */
  corsOrigins: string[] | null;
  /** live updates: WebSocket connections (graphql-ws on /graphql) one client address may hold at once */
  subscriptionConnectionsPerAddress: number;
  /** live updates: subscriptions one WebSocket connection may hold at once */
  subscriptionsPerConnection: number;
}

/** DUE_SOON_DAYS when unset: two weeks, the first of the reminders secretariats send before a deadline */
export const DEFAULT_DUE_SOON_DAYS = 14;

/**
 * The largest document ingestion takes (bytes of the file): through POST /graphql/ingest (its
 * own body limit, the file in base64) and `npm run ingest`. Every other GraphQL request keeps the
 * 100 kB body limit, which is there against oversized-body attacks.
 */
export const INGEST_MAX_BYTES = 10 * 1024 * 1024;

/** the GraphQL request body limit (bytes) outside the ingestion endpoint */
export const GRAPHQL_MAX_BODY_BYTES = 100 * 1024;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A configuration value that stops the start: the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a port number from 0 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  return checkDatabaseUrl('DATABASE_URL', raw);
}

function checkDatabaseUrl(name: string, raw: string, what = ''): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `${what}must be a URL like postgres://user@host:5432/db, got "${raw}"`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `${what}must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError(name, `${what}must name a database, e.g. postgres://postgres@127.0.0.1:5432/test`);
  }
  return raw;
}

/** comma-separated replica URLs; they only make sense next to a real primary */
function readReplicaUrls(env: Env, databaseUrl: string | undefined): string[] {
  const raw = env.DATABASE_REPLICA_URLS;
  if (raw === undefined || raw.trim() === '') return [];
  if (!databaseUrl) throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL (the primary): the embedded database has no replicas');
  const urls = raw.split(',').map((u) => u.trim());
  urls.forEach((url, i) => {
    if (url === '') throw new ConfigError('DATABASE_REPLICA_URLS', `has an empty entry (number ${i + 1}): separate URLs with single commas`);
    checkDatabaseUrl('DATABASE_REPLICA_URLS', url, `entry ${i + 1} `);
    if (url === databaseUrl) throw new ConfigError('DATABASE_REPLICA_URLS', `entry ${i + 1} is DATABASE_URL itself: name the replicas only`);
  });
  if (new Set(urls).size !== urls.length) throw new ConfigError('DATABASE_REPLICA_URLS', 'names one replica twice');
  return urls;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

export const PLAN_CACHE_MODES = ['force_generic_plan', 'auto', 'force_custom_plan'] as const;
export type PlanCacheMode = (typeof PLAN_CACHE_MODES)[number];

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

/** CORS_ORIGINS: `*` (the default) or a comma-separated list of origins such as https://partner.example.org */
function readCorsOrigins(env: Env): string[] | null {
  const raw = (env.CORS_ORIGINS ?? '*').trim();
  if (raw === '*' || raw === '') return null;
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGINS', `must be * or origins like https://partner.example.org, got "${origin}"`);
    }
    // an origin is scheme, host and port only: a path or a trailing slash would never match a browser's Origin header
    if (!/^https?:$/.test(url.protocol) || url.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin (scheme://host[:port], no path): did you mean "${url.origin}"?`);
    }
    return origin;
  });
}

function readRedisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL', `must be a URL like redis://127.0.0.1:6379, got "${raw}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError('REDIS_URL', `must start with redis:// or rediss://, got "${url.protocol}//"`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const host = env.HOST || '0.0.0.0';
  if (/\s/.test(host)) throw new ConfigError('HOST', `must be a host name or address, got "${host}"`);
  const dataDir = env.DATA_DIR || '.data';
  const nodeEnv = env.NODE_ENV || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }
  const databaseUrl = readDatabaseUrl(env);
  return {
    port: readPort(env, 'PORT', 4000),
    host,
    dataDir: path.resolve(cwd, dataDir),
    databaseUrl,
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, 1, 100),
    databaseReplicaUrls: readReplicaUrls(env, databaseUrl),
    databasePlanCacheMode: readChoice(env, 'DATABASE_PLAN_CACHE_MODE', PLAN_CACHE_MODES, 'force_generic_plan'),
    logLevel: logLevel as LogLevel,
    seed: readBoolean(env, 'SEED', true),
    exposeSqlCounts: readBoolean(env, 'EXPOSE_SQL_COUNTS', false),
    responseCacheSeconds: readInteger(env, 'RESPONSE_CACHE_SECONDS', 5, 0, 3600),
    httpCacheSeconds: readInteger(env, 'HTTP_CACHE_SECONDS', 10, 0, 86_400),
    nodeEnv: nodeEnv as Config['nodeEnv'],
    introspection: readBoolean(env, 'INTROSPECTION', true),
    fieldSuggestions: readBoolean(env, 'FIELD_SUGGESTIONS', false),
    rateLimitPerMinute: readInteger(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000_000),
    redisUrl: readRedisUrl(env),
    trustProxy: readInteger(env, 'TRUST_PROXY', 0, 0, 10),
    maxConcurrentRequests: readInteger(env, 'MAX_CONCURRENT_REQUESTS', 8, 1, 1000),
    requestTimeoutMs: readInteger(env, 'REQUEST_TIMEOUT_MS', 5_000, 100, 600_000),
    maxRowsPerRequest: readInteger(env, 'MAX_ROWS_PER_REQUEST', 50_000, 1, 100_000_000),
    plannedReads: readBoolean(env, 'PLANNED_READS', true),
    webhookAllowLocal: readBoolean(env, 'WEBHOOK_ALLOW_LOCAL', false),
    webhookDeliveryIntervalMs: readInteger(env, 'WEBHOOK_DELIVERY_INTERVAL_MS', 5_000, 20, 3_600_000),
    webhookTimeoutMs: readInteger(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    webhookRetryBaseMs: readInteger(env, 'WEBHOOK_RETRY_BASE_MS', 30_000, 10, 86_400_000),
    webhookMaxAttempts: readInteger(env, 'WEBHOOK_MAX_ATTEMPTS', 10, 1, 100),
    reminderScanIntervalMs: readInteger(env, 'REMINDER_SCAN_INTERVAL_MS', 600_000, 20, 86_400_000),
    dueSoonDays: readInteger(env, 'DUE_SOON_DAYS', DEFAULT_DUE_SOON_DAYS, 0, 365),
    corsOrigins: readCorsOrigins(env),
    subscriptionConnectionsPerAddress: readInteger(env, 'SUBSCRIPTION_CONNECTIONS_PER_ADDRESS', 10, 1, 10_000),
    subscriptionsPerConnection: readInteger(env, 'SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 1_000),
  };
}

/**
 * For entry points (the server, the command-line tools): the configuration, or one line on
 * stderr naming the bad variable and exit code 2.
 */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
