// After `tsc -p tsconfig.build.json`: files the compiled code reads at run time, copied next to it.
import fs from 'node:fs';

fs.cpSync('src/seed/sources', 'dist/src/seed/sources', { recursive: true });
