import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleEngineImports, bundleSections, cycles, domainFolders, importGraph, registrations, upImports } from '../../scripts/architecture.js';

/**
 * The layering of issue 14: domains import the platform, never the app that assembles them; no
 * file imports its own importer, even for types; a domain is wired in by one line of
 * src/app/modules.ts (its folder's *.module.ts says the rest, its fields carry their own costs).
 */
const graph = importGraph();

describe('the import graph of src/', () => {
  it('has no import from outside src/app up into it', () => {
    expect(upImports(graph)).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    // a file that needs its importer's code finds it half loaded: the rules a cycle would share live
    // in files that import no service (liaison.rules.ts, liaison.lookup.ts, group.lookup.ts)
    expect(cycles(graph, false)).toEqual([]);
  });

  it('registers each domain by its module descriptor, in src/app/modules.ts only', () => {
    const domains = domainFolders(graph);
    expect(domains.length).toBeGreaterThan(10);
    for (const domain of domains) {
      expect(existsSync(`${domain}/${basename(domain)}.module.ts`), `${domain} has no ${basename(domain)}.module.ts`).toBe(true);
    }
    // bootstrap.ts starts app features of two domains (reading a request's token, the webhook worker): not registrations
    const wiring = Object.fromEntries(Object.entries(registrations(graph)).map(([d, files]) => [d, files.filter((f) => f !== 'src/app/bootstrap.ts')]));
    expect(wiring).toEqual(Object.fromEntries(domains.map((d) => [d, ['src/app/modules.ts']])));
  });

  it('keeps each domain’s bundle section in its own folder: the bundle’s engine imports none of them', () => {
    // src/bundle assembles the format from the sections app/bundle.ts gives it (modules.ts lists them)
    expect(bundleSections(graph).length).toBeGreaterThanOrEqual(10);
    expect(bundleEngineImports(graph)).toEqual([]);
  });
});
