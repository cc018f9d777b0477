import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:unit`: the files that need no database (and no server, no child process), so no
 * migrated template either: an answer in seconds. A new file that needs none belongs here.
 */
const UNIT_TESTS = [
  'tests/bundle/bundle-schema.test.ts',
  'tests/config/config.test.ts',
  'tests/platform/architecture.test.ts',
  'tests/platform/cost-estimates.test.ts',
  'tests/ingest/ingest.rules.test.ts',
  'tests/ingest/ingest.text.test.ts',
];

export default defineConfig({
  resolve: {
    // one graphql instance for the schema and for Apollo, or "Cannot use GraphQLSchema from another module"
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    setupFiles: ['reflect-metadata'],
    // each file builds its own database from a migrated template, so files run in parallel
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT_TESTS } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT_TESTS],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
