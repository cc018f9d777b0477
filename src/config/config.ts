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
  /** connections to databaseUrl (the embedded database always uses one) */
  databasePoolSize: number;
  logLevel: LogLevel;
  /** load the seed data set into an empty database on start */
  seed: boolean;
  /** bench and test mode: every GraphQL response reports its SQL statement count in extensions.sqlStatements */
  exposeSqlCounts: boolean;
  /**
   * how long answers to public reads are served from the in-process response cache (0: off).
   * Writes this process makes clear it at once; this bounds staleness after writes it cannot see.
   */
  responseCacheSeconds: number;
  /** production hides field suggestions and stack traces */
  nodeEnv: 'development' | 'production' | 'test';
  /** schema introspection (the playground needs it); on unless INTROSPECTION=false */
  introspection: boolean;
  /** requests a minute per client address, and per token when one is sent; 0 turns the limit off */
  rateLimitPerMinute: number;
  /** a Redis shared by several server processes, so they share one rate-limit budget; in-process when absent */
  redisUrl: string | undefined;
  /** how many reverse proxies stand in front (their X-Forwarded-For names the client); 0 trusts none */
  trustProxy: number;
  /** total time a request may take; past it its statements are cancelled and it answers QUERY_TIMEOUT */
  requestTimeoutMs: number;
  /** rows the database may return to one request, over all its statements; past it: QUERY_TOO_COMPLEX (limit "rows") */
  maxRowsPerRequest: number;
}

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
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', `must be a URL like postgres://user@host:5432/db, got "${raw}"`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'must name a database, e.g. postgres://postgres@127.0.0.1:5432/test');
  }
  return raw;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
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
  return {
    port: readPort(env, 'PORT', 4000),
    host,
    dataDir: path.resolve(cwd, dataDir),
    databaseUrl: readDatabaseUrl(env),
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, 1, 100),
    logLevel: logLevel as LogLevel,
    seed: readBoolean(env, 'SEED', true),
    exposeSqlCounts: readBoolean(env, 'EXPOSE_SQL_COUNTS', false),
    responseCacheSeconds: readInteger(env, 'RESPONSE_CACHE_SECONDS', 5, 0, 3600),
    nodeEnv: nodeEnv as Config['nodeEnv'],
    introspection: readBoolean(env, 'INTROSPECTION', true),
    rateLimitPerMinute: readInteger(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000_000),
    redisUrl: readRedisUrl(env),
    trustProxy: readInteger(env, 'TRUST_PROXY', 0, 0, 10),
    requestTimeoutMs: readInteger(env, 'REQUEST_TIMEOUT_MS', 5_000, 100, 600_000),
    maxRowsPerRequest: readInteger(env, 'MAX_ROWS_PER_REQUEST', 50_000, 1, 100_000_000),
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
