import { createRequire } from 'node:module';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
  'tests/platform/database/request-scope.test.ts',
  'tests/platform/graphql/compiled-size.test.ts',
  'tests/ingest/ingest.rules.test.ts',
  'tests/ingest/ingest.text.test.ts',
];

/**
 * The files that take a minute or more (child processes, thousands of requests): started first,
 * so that no worker runs one alone at the end while the other has finished. Vitest orders by the
 * durations of the last run, which a fresh clone does not have and which a file skipped in the
 * last run (TEST_EMBEDDED_ONLY=off, TEST_BROWSER=off) gets wrong; the others keep its order.
 */
const LONG_FILES = [
  'tests/bundle/bundle-cli.test.ts',
  'tests/e2e/token-cli.test.ts',
  'tests/platform/fuzz.test.ts',
  'tests/e2e/npm-start.test.ts',
  'tests/bench/bench-smoke.test.ts',
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONG_FILES.indexOf(path.relative(file.project.config.root, file.moduleId).split(path.sep).join('/'));
      return index === -1 ? LONG_FILES.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: {
    // one graphql instance for the schema and for Apollo, or "Cannot use GraphQLSchema from another module"
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    setupFiles: ['reflect-metadata'],
    sequence: { sequencer: LongFilesFirst },
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
          // the files of a worker share one process and its module cache: each file would otherwise
          // load and transform the whole app again (about 3 s of CPU per file). They share nothing
          // else: each starts its own server on its own database (see tests/support/test-app.ts),
          // and code that keeps state per process (caches, listeners) keeps it per app or undoes it
          // at stop. A test must not change a module's exported data (seedAsBundle gives copies).
          isolate: false,
        },
      },
    ],
  },
});
