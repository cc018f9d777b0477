import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIsStale, buildServer } from '../bench.js';

/** What a one-server measurement (cpu-time.ts, allocation.ts) is told, read from its command line. */
export interface MeasureOptions {
  /** DATABASE_URL: the benchmark database */
  url: string;
  /** the first positional argument */
  runs: number;
  /** --only, comma-separated, or every default */
  names: string[];
  /** this checkout (undefined), then --server-root's, each built if its build is stale */
  roots: (string | undefined)[];
  /** the script's own options, by name */
  values: Record<string, string | undefined>;
}

/**
 * Reads DATABASE_URL (or exits saying it is needed), `[runs] [--only a,b] [--server-root DIR]`
 * and the script's own string options, and builds each checkout whose build is stale.
 */
export function measureOptions(defaults: { runs: number; names: readonly string[] }, own: readonly string[] = []): MeasureOptions {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('set DATABASE_URL to the benchmark database');
    process.exit(1);
  }
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: Object.fromEntries(['only', 'server-root', ...own].map((name) => [name, { type: 'string' as const }])),
  });
  const strings = values as Record<string, string | undefined>;
  const serverRoot = strings['server-root'];
  const roots = [undefined, ...(serverRoot ? [path.resolve(serverRoot)] : [])];
  for (const root of roots) if (buildIsStale(root)) buildServer((line) => console.error(line), root);
  return {
    url,
    runs: Number(positionals[0] ?? defaults.runs),
    names: strings.only ? strings.only.split(',') : [...defaults.names],
    roots,
    values: strings,
  };
}
