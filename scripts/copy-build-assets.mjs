// After `tsc -p tsconfig.build.json`: the files the compiled code reads at run time, copied to the
// same place relative to it (dist/src/… for src/…, dist/schema for schema/).
import fs from 'node:fs';

fs.rmSync('dist/src/dashboard/client', { recursive: true, force: true });

const ASSETS = [
  ['src/seed/sources', 'dist/src/seed/sources'],
  // the dashboard's browser code: the server bundles it with esbuild at start, from these sources
  ['src/dashboard/client', 'dist/src/dashboard/client'],
  // the bundle format's JSON Schema, read by the bundle importer (when this checkout has it)
  ['schema/bundle.schema.json', 'dist/schema/bundle.schema.json'],
];

for (const [from, to] of ASSETS) {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}
