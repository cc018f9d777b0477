/**
 * API tokens from the command line, on the configured database (DATA_DIR or DATABASE_URL):
 *   npm run token -- create --role EDITOR --group CG-COP --label "CG-COP co-convener"
 *   npm run token -- list
 *   npm run token -- revoke <id>
 * The secret of a new token is printed once; only its hash is stored. With the embedded
 * database, stop the server first (one process at a time opens DATA_DIR), or use the
 * createApiToken mutation with an ADMIN token.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { AppError } from '../src/platform/errors/app-error.js';
import { InputErrors } from '../src/platform/errors/input-check.js';
import { DataDirInUseError } from '../src/platform/database/embedded.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { seedIfEmpty } from '../src/seed/seed.loader.js';
import { bundleFormat } from '../src/app/bundle.js';
import { ROLES, type Role } from '../src/api-token/api-token.entity.js';
import { COMMAND_LINE_VIEWER } from '../src/auth/viewer.js';
import { commandLineRequest, issueTokenWrite, listTokens, revokeTokenWrite } from '../src/api-token/api-token.service.js';

const USAGE = `usage:
  npm run token -- create --role ADMIN|SECRETARIAT|EDITOR [--group ACRONYM]... --label "who holds it"
  npm run token -- list
  npm run token -- revoke <id>`;

/** A problem to report: the message is printed, the database closed, the exit code returned. */
class Failure extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}
function fail(message: string, code = 1): never {
  if (database) throw new Failure(message, code);
  console.error(message);
  process.exit(code);
}

let database: Awaited<ReturnType<typeof openDatabase>> | undefined;

const [command, ...rest] = process.argv.slice(2);
if (!command || !['create', 'list', 'revoke'].includes(command)) fail(USAGE, 2);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message, 2);
  throw error;
}

try {
  database = await openDatabase(config, createLogger('warn'));
  // the same database the server would start on: a token can be issued before the first start
  if (config.seed) await seedIfEmpty(database.orm.em, bundleFormat);
} catch (error) {
  if (error instanceof DataDirInUseError) fail(error.message);
  throw error;
}

let exitCode = 0;
try {
  const em = database!.orm.em.fork();
  if (command === 'create') {
    const { values } = parseArgs({
      args: rest,
      options: { role: { type: 'string' }, group: { type: 'string', multiple: true }, label: { type: 'string' } },
    });
    const role = (values.role ?? '').toUpperCase() as Role;
    if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`, 2);
    if (!values.label) fail(`--label is required: who will hold the token?\n${USAGE}`, 2);
    const groups = (values.group ?? []).flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
    const { token, secret } = await issueTokenWrite(commandLineRequest(em), { label: values.label, role, groups });
    const scope = role === 'EDITOR' ? ` of ${token.groups.getItems().map((g) => g.acronym).join(', ')}` : '';
    console.log(`Token ${token.id} issued: "${token.label}", ${role}${scope}.`);
    console.log(secret);
    console.log('It is shown this once (only its hash is stored). Send it as: Authorization: Bearer <token>');
  } else if (command === 'list') {
    const { rows } = await listTokens(em, COMMAND_LINE_VIEWER, { offset: 0, limit: 1000 });
    const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');
    console.log(['id', 'role', 'groups', 'created', 'last used', 'revoked', 'label'].join('\t'));
    for (const t of rows) {
      const groups = t.groups.getItems().map((g) => g.acronym).join(',') || '-';
      console.log([t.id, t.role, groups, day(t.createdAt), day(t.lastUsedAt), day(t.revokedAt), t.label].join('\t'));
    }
  } else {
    const id = rest[0];
    if (!id) fail(`revoke needs the token's id (see list)\n${USAGE}`, 2);
    const token = await revokeTokenWrite(commandLineRequest(em), id);
    console.log(`Token ${token.id} ("${token.label}") revoked; it no longer works.`);
  }
} catch (error) {
  exitCode = 1;
  if (error instanceof Failure) {
    console.error(error.message);
    exitCode = error.exitCode;
  } else if (error instanceof InputErrors) console.error(error.problems.map((p) => `${p.field ?? ''}: ${p.message}`).join('\n'));
  else if (error instanceof AppError) console.error(error.field ? `${error.field}: ${error.message}` : error.message);
  else console.error(error);
} finally {
  await database!.close();
}
process.exit(exitCode);
