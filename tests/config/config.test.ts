import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('configuration', () => {
  it('has working defaults: port 4000, embedded database under ./.data', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, dataDir: '/srv/app/.data', databaseUrl: undefined, logLevel: 'info', seed: true, responseCacheSeconds: 5 });
  });

  it('has the open-internet defaults: introspection on, 600 requests a minute in process, no proxy trusted', () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, rateLimitPerMinute: 600, redisUrl: undefined, trustProxy: 0, requestTimeoutMs: 5_000, maxRowsPerRequest: 50_000, dueSoonDays: 14, maxConcurrentRequests: 8 });
    expect(loadConfig({ DUE_SOON_DAYS: '7' }).dueSoonDays).toBe(7);
    expect(() => loadConfig({ DUE_SOON_DAYS: '-1' })).toThrow(/DUE_SOON_DAYS/);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '1500', MAX_ROWS_PER_REQUEST: '10' })).toMatchObject({ requestTimeoutMs: 1_500, maxRowsPerRequest: 10 });
    expect(
      loadConfig({ INTROSPECTION: 'false', RATE_LIMIT_PER_MINUTE: '0', REDIS_URL: 'redis://127.0.0.1:6379', TRUST_PROXY: '2' }),
    ).toMatchObject({ introspection: false, rateLimitPerMinute: 0, redisUrl: 'redis://127.0.0.1:6379', trustProxy: 2 });
  });

  it('keeps webhooks off loopback and private addresses unless told, and retries with backoff', () => {
    expect(loadConfig({})).toMatchObject({
      webhookAllowLocal: false,
      webhookDeliveryIntervalMs: 5_000,
      webhookTimeoutMs: 10_000,
      webhookRetryBaseMs: 30_000,
      webhookMaxAttempts: 10,
      reminderScanIntervalMs: 600_000,
      corsOrigins: null,
      subscriptionConnectionsPerAddress: 10,
      subscriptionsPerConnection: 20,
    });
    expect(loadConfig({ WEBHOOK_ALLOW_LOCAL: 'true', WEBHOOK_RETRY_BASE_MS: '300', WEBHOOK_MAX_ATTEMPTS: '3' })).toMatchObject({
      webhookAllowLocal: true,
      webhookRetryBaseMs: 300,
      webhookMaxAttempts: 3,
    });
  });

  it('reads replicas (comma-separated) next to a primary', () => {
    const primary = 'postgres://db-primary:5432/lg';
    expect(loadConfig({ DATABASE_URL: primary }).databaseReplicaUrls).toEqual([]);
    expect(
      loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'postgres://db-r1:5432/lg, postgres://db-r2:5432/lg' }).databaseReplicaUrls,
    ).toEqual(['postgres://db-r1:5432/lg', 'postgres://db-r2:5432/lg']);
  });

  it.each([
    ['without DATABASE_URL (the embedded database has no replicas)', {}, 'postgres://db-r1:5432/lg'],
    ['an entry that is not a PostgreSQL URL', { DATABASE_URL: 'postgres://db:5432/lg' }, 'postgres://db-r1:5432/lg,mysql://db-r2/lg'],
    ['an empty entry', { DATABASE_URL: 'postgres://db:5432/lg' }, 'postgres://db-r1:5432/lg,,postgres://db-r2:5432/lg'],
    ['the primary itself', { DATABASE_URL: 'postgres://db:5432/lg' }, 'postgres://db:5432/lg'],
    ['one replica twice', { DATABASE_URL: 'postgres://db:5432/lg' }, 'postgres://db-r1:5432/lg,postgres://db-r1:5432/lg'],
  ])('stops on DATABASE_REPLICA_URLS %s', (_case, env, replicas) => {
    expect(() => loadConfig({ ...env, DATABASE_REPLICA_URLS: replicas })).toThrow(/^Invalid configuration: DATABASE_REPLICA_URLS /);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['DATABASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['SEED', 'maybe'],
    ['INTROSPECTION', 'sometimes'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RATE_LIMIT_PER_MINUTE', 'lots'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_URL', 'not a url'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '11'],
    ['MAX_CONCURRENT_REQUESTS', '0'],
    ['REQUEST_TIMEOUT_MS', '50'],
    ['REQUEST_TIMEOUT_MS', '5s'],
    ['MAX_ROWS_PER_REQUEST', '0'],
    ['RESPONSE_CACHE_SECONDS', 'soon'],
    ['RESPONSE_CACHE_SECONDS', '7200'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_PLAN_CACHE_MODE', 'generic'],
    ['WEBHOOK_ALLOW_LOCAL', 'perhaps'],
    ['WEBHOOK_TIMEOUT_MS', '10'],
    ['WEBHOOK_MAX_ATTEMPTS', '0'],
    ['WEBHOOK_DELIVERY_INTERVAL_MS', 'often'],
    ['REMINDER_SCAN_INTERVAL_MS', '0'],
  ])('stops on %s=%j with a line naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
