/**
 * The import graph of src/, measured (issue 14): imports from outside src/app up into it (the
 * composition root; domains must not reach up), import cycles (all imports, and those left
 * when type-only imports are dropped, which vanish at run time), and per domain the files
 * outside its folder that name it only to register it (src/app, src/platform, the history's per-type fields).
 *
 *   npm run -s check:architecture [-- --json]
 *
 * tests/platform/architecture.test.ts holds the first two at 0 and the last at src/app/modules.ts,
 * and the bundle's engine (src/bundle) to importing no domain that declares a bundle section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');

interface Edge {
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'client' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** every relative import, export-from and dynamic import() of a file, resolved to a path under ROOT */
function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    if (!specifier.startsWith('.')) return;
    edges.push({ to: relative(ROOT, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))), typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings)
        && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      // `declare module '…' { … }` augments a module: it adds to it, it does not depend on it at run time
      add(node.name.text, true);
      return;
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

export function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const file of sourceFiles(join(ROOT, 'src'))) graph.set(relative(ROOT, file), importsOf(file));
  return graph;
}

/** strongly connected components of more than one file (or a file importing itself), by Tarjan */
export function cycles(graph: Map<string, Edge[]>, runtimeOnly: boolean): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const next = (file: string) => (graph.get(file) ?? []).filter((e) => graph.has(e.to) && !(runtimeOnly && e.typeOnly)).map((e) => e.to);
  const strongConnect = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!indices.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next(v).includes(v)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) strongConnect(file);
  return found;
}

const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');

/** imports from a file outside src/app (src/main.ts aside: it starts the app) into src/app */
export function upImports(graph: Map<string, Edge[]>): { from: string; to: string }[] {
  return [...graph].flatMap(([from, edges]) =>
    folderOf(from) === 'src/app' || from === 'src/main.ts' ? [] : edges.filter((e) => e.to.startsWith('src/app/')).map((e) => ({ from, to: e.to })));
}

/** the domain folders: those holding an entity */
export function domainFolders(graph: Map<string, Edge[]>): string[] {
  return [...new Set([...graph.keys()].filter((f) => f.endsWith('.entity.ts') && !f.startsWith('src/platform/')).map(folderOf))].sort();
}

/** the places where a domain is wired in: the composition root, the platform, and the history's per-type fields */
const REGISTRIES = ['src/app', 'src/platform', 'src/change/change.resolver.ts', 'src/change/change.module.ts'];

/** per domain, the files outside it that import it from a registry folder (the files a new domain must touch) */
export function registrations(graph: Map<string, Edge[]>): Record<string, string[]> {
  return Object.fromEntries(domainFolders(graph).map((domain) => [
    domain,
    [...graph].filter(([from, edges]) => folderOf(from) !== domain && REGISTRIES.some((r) => from === r || folderOf(from) === r)
      && edges.some((e) => folderOf(e.to) === domain)).map(([from]) => from).sort(),
  ]));
}

/**
 * imports from the bundle's engine (src/bundle) into a domain that declares a bundle section (a
 * *.bundle.ts in its folder): the engine is given the sections (app/bundle.ts) and names none
 */
export function bundleEngineImports(graph: Map<string, Edge[]>): { from: string; to: string }[] {
  const withSection = new Set(bundleSections(graph).map(folderOf));
  return [...graph].flatMap(([from, edges]) =>
    folderOf(from) !== 'src/bundle' ? [] : edges.filter((e) => withSection.has(folderOf(e.to))).map((e) => ({ from, to: e.to })));
}

/** the bundle sections of the domains whose records travel in bundles (a domain folder's *.bundle.ts) */
export function bundleSections(graph: Map<string, Edge[]>): string[] {
  const domains = new Set(domainFolders(graph));
  // (dashboard.bundle.ts is the dashboard's script bundle, in a folder that is no domain)
  return [...graph.keys()].filter((f) => f.endsWith('.bundle.ts') && domains.has(folderOf(f))).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = importGraph();
  const report = {
    files: graph.size,
    importsUpIntoApp: upImports(graph),
    cycles: cycles(graph, false),
    runtimeCycles: cycles(graph, true),
    registrations: registrations(graph),
    bundleSections: bundleSections(graph),
    bundleEngineImports: bundleEngineImports(graph),
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`files under src/ (dashboard client aside): ${report.files}`);
    console.log(`imports from outside src/app up into it: ${report.importsUpIntoApp.length}`);
    console.log(`import cycles: ${report.cycles.length} (files in them: ${report.cycles.flat().length}); without type-only imports: ${report.runtimeCycles.length} (${report.runtimeCycles.flat().length})`);
    console.log('files outside a domain that register it (src/app, src/platform, the history\'s per-type fields):');
    for (const [domain, files] of Object.entries(report.registrations)) console.log(`  ${domain}: ${files.length} ${files.join(' ')}`);
    console.log(`bundle sections (a domain's *.bundle.ts): ${report.bundleSections.length}; imports from the bundle's engine (src/bundle) into them: ${report.bundleEngineImports.length}`);
    for (const { from, to } of report.bundleEngineImports) console.log(`  ${from} → ${to}`);
  }
}
