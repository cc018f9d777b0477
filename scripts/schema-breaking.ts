/**
 * Fails when schema/schema.graphql breaks a client of the previous schema, unless CHANGELOG.md
 * declares each break (`npm run schema:breaking`; graphql-inspector decides what breaks).
 *
 * The previous schema is the committed schema/schema.graphql at:
 * - `SCHEMA_BASE` when set (any git revision; `SCHEMA_BASE=none` skips the check, saying so);
 * - else, on a branch other than main, its merge base with main (origin/main, else main):
 *   everything the branch would bring;
 * - else (on main, as CI on a fresh clone is) HEAD's first parent: for a merge commit that is
 *   main before the merge. A shallow clone without that commit fails: fetch one more commit
 *   (`git fetch --deepen=1`) or set SCHEMA_BASE.
 *
 * A break is declared by a line under "## Unreleased" → "### Breaking" in CHANGELOG.md that
 * names its schema coordinate in backticks, e.g. "- `Liaison.deadline` removed: use `dueOn`.".
 * A coordinate also covers what lies under it (`Liaison` covers `Liaison.deadline`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = 'schema/schema.graphql';

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function baseRevision(): { rev: string; why: string } | null {
  const set = process.env.SCHEMA_BASE;
  if (set) return { rev: set, why: 'SCHEMA_BASE' };
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch !== 'main') {
    for (const main of ['origin/main', 'main']) {
      const base = git('merge-base', 'HEAD', main);
      if (base) return { rev: base, why: `merge base of ${branch} and ${main}` };
    }
  }
  if (git('rev-parse', '--verify', '--quiet', 'HEAD^1^{commit}')) return { rev: 'HEAD^1', why: "HEAD's first parent" };
  return null;
}

/** The coordinates "### Breaking" under "## Unreleased" names in backticks. */
function declaredBreaks(changelog: string): Set<string> {
  const declared = new Set<string>();
  let section = '';
  let subsection = '';
  for (const line of changelog.split('\n')) {
    if (/^## /.test(line)) [section, subsection] = [line.slice(3).trim().toLowerCase(), ''];
    else if (/^### /.test(line)) subsection = line.slice(4).trim().toLowerCase();
    else if (section === 'unreleased' && subsection === 'breaking') {
      for (const match of line.matchAll(/`([^`]+)`/g)) declared.add(match[1].trim());
    }
  }
  return declared;
}

/** `Liaison.deadline` is declared by `Liaison.deadline` or by `Liaison`. */
function isDeclared(coordinate: string, declared: Set<string>): boolean {
  const parts = coordinate.split('.');
  return parts.some((_, i) => declared.has(parts.slice(0, i + 1).join('.')));
}

if (process.env.SCHEMA_BASE === 'none') {
  console.log('schema:breaking skipped (SCHEMA_BASE=none)');
  process.exit(0);
}
if (git('rev-parse', '--git-dir') === null) {
  console.log('schema:breaking skipped: not a git checkout, so there is no previous schema');
  process.exit(0);
}
const base = baseRevision();
if (!base) {
  if (git('rev-parse', '--is-shallow-repository') === 'true') {
    console.error('schema:breaking: a shallow clone without the previous commit: `git fetch --deepen=1` or set SCHEMA_BASE');
    process.exit(1);
  }
  console.log('schema:breaking: the first commit, no previous schema to compare with');
  process.exit(0);
}
const previous = git('show', `${base.rev}:${SCHEMA}`);
if (previous === null) {
  if (git('rev-parse', '--verify', '--quiet', `${base.rev}^{commit}`) === null) {
    console.error(`schema:breaking: unknown revision ${base.rev} (${base.why})`);
    process.exit(1);
  }
  console.log(`schema:breaking: ${SCHEMA} did not exist at ${base.rev}, nothing to compare`);
  process.exit(0);
}

const changes = await diff(buildSchema(previous), buildSchema(fs.readFileSync(path.join(ROOT, SCHEMA), 'utf8')));
const changelogFile = path.join(ROOT, 'CHANGELOG.md');
const declared = declaredBreaks(fs.existsSync(changelogFile) ? fs.readFileSync(changelogFile, 'utf8') : '');
const label = `${base.rev === 'HEAD^1' ? 'HEAD^1' : base.rev.slice(0, 12)} (${base.why})`;

const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const undeclared = breaking.filter((c) => !isDeclared(c.path ?? '', declared));
for (const c of changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous)) {
  console.log(`dangerous (allowed): ${c.path ?? ''}: ${c.message}`);
}
for (const c of breaking) {
  console.log(`${undeclared.includes(c) ? 'BREAKING, not declared' : 'breaking, declared'}: ${c.path ?? ''}: ${c.message}`);
}
if (undeclared.length > 0) {
  console.error(
    `schema:breaking: ${undeclared.length} breaking change(s) against ${label}. Declare each in CHANGELOG.md ` +
      'under "## Unreleased" → "### Breaking", naming its coordinate in backticks, or undo it.',
  );
  process.exit(1);
}
console.log(`schema:breaking: no undeclared breaking change against ${label} (${changes.length} change(s) in all)`);
