import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('configuration', () => {
  it('has working defaults: port 4000, embedded database under ./.data', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, dataDir: '/srv/app/.data', databaseUrl: undefined, logLevel: 'info', seed: true, responseCacheSeconds: 5 });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['DATABASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['SEED', 'maybe'],
    ['RESPONSE_CACHE_SECONDS', 'soon'],
    ['RESPONSE_CACHE_SECONDS', '7200'],
  ])('stops on %s=%j with a line naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
