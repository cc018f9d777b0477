/**
 * `npm run bench:ingest`: ingests the two seed documents into an empty graph (only the groups
 * known) and compares the proposal with the hand-built seed data set, kind by kind: precision
 * (right/proposed), recall (found/expected), and the share of excerpts that are verbatim.
 * Targets (issue 19): recall ≥ 80% and precision ≥ 90% for each kind, 100% verbatim.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedBundle } from '../src/seed/seed.data.js';
import { ingestFile } from '../src/ingest/ingest.service.js';
import { mergeProposals } from '../src/ingest/ingest.proposal.js';
import { compareWithBundle } from '../src/ingest/ingest.compare.js';

const sources = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/seed/sources');
const groups = seedBundle.groups.map((g) => ({ acronym: g.acronym, name: g.name, aliases: g.aliases ?? [], kind: g.kind }));

const started = performance.now();
const files = await Promise.all(
  fs.readdirSync(sources).sort().map(async (file) => ({ file, ...(await ingestFile(file, fs.readFileSync(path.join(sources, file)), groups)) })),
);
const ms = performance.now() - started;

let citations = 0;
let verbatim = 0;
for (const { text, proposal } of files) {
  for (const fact of proposal.facts) {
    for (const source of fact.sources) {
      citations += 1;
      if (text.includes(source.excerpt)) verbatim += 1;
    }
  }
}
const scores = compareWithBundle(mergeProposals(files.map((f) => f.proposal)), seedBundle);
const percent = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`);

console.log(`ingested ${files.map((f) => f.file).join(', ')} in ${ms.toFixed(0)} ms\n`);
console.log('| kind | in the seed | proposed | right | recall | precision |');
console.log('| --- | --: | --: | --: | --: | --: |');
for (const s of scores) console.log(`| ${s.kind} | ${s.expected} | ${s.proposed} | ${s.right} | ${percent(s.right, s.expected)} | ${percent(s.right, s.proposed)} |`);
console.log(`\nverbatim excerpts: ${verbatim} of ${citations} (${percent(verbatim, citations)})`);
const missed = scores.filter((s) => s.right / Math.max(1, s.expected) < 0.8 || (s.proposed > 0 && s.right / s.proposed < 0.9));
if (missed.length > 0) console.log(`below target: ${missed.map((s) => s.kind).join(', ')}`);
