import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../platform/logging/logger.js';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { requireGroup } from '../group/group.service.js';
import type { Group } from '../group/group.entity.js';
import { rowIdOf, runWrite, Write, type HistorySubject, type WriteRequest } from '../change/change.write.js';
import { ApiToken, ROLES, type Role } from './api-token.entity.js';
import { assertAdmin } from '../auth/authorization.js';
import { COMMAND_LINE_VIEWER, type Credentials, type Viewer } from '../auth/viewer.js';

export class TokenError extends AppError {}

/** "lg_" and 32 random bytes, base64url: 256 bits, recognisable in logs and secret scanners. */
export const TOKEN_PREFIX = 'lg_';

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** What is stored instead of the secret. The secret has 256 random bits, so a plain SHA-256 suffices. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const tokenHistory: HistorySubject<ApiToken> = {
  async snapshot(_w, token) {
    const groups = await token.groups.loadItems();
    return {
      label: token.label,
      role: token.role,
      groups: groups.map((g) => g.acronym).sort(),
      revokedAt: token.revokedAt ? token.revokedAt.toISOString() : null,
    };
  },
  async groupIds(_w, token) {
    return (await token.groups.loadItems()).map((g) => g.id);
  },
};

export interface IssueTokenInput {
  label: string;
  role: Role;
  /** acronyms or aliases; EDITOR tokens need at least one, the other roles take none */
  groups?: readonly string[] | null;
}

export interface IssuedToken {
  token: ApiToken;
  /** the secret: shown once, never stored */
  secret: string;
}

/** Issues a token (ADMIN only); the secret is returned once, the hash is stored. */
export async function issueToken(w: Write, input: IssueTokenInput): Promise<IssuedToken> {
  assertAdmin(w.viewer, 'issue tokens');
  const check = new InputCheck();
  const label = check.text('label', input.label, LIMITS.short);
  if (!ROLES.includes(input.role)) check.add('role', `role must be one of ${ROLES.join(', ')}, got "${input.role}"`);
  const names = check.list('groups', input.groups) ?? [];
  const groups: Group[] = [];
  for (const [i, name] of names.entries()) {
    const group = await check.resolve(() => requireGroup(w.loaders.group, name, `groups[${i}]`));
    if (group && !groups.includes(group)) groups.push(group);
  }
  if (input.role === 'EDITOR' && names.length === 0) check.add('groups', 'an EDITOR token needs at least one group');
  if (input.role !== 'EDITOR' && names.length > 0) check.add('groups', `groups scope EDITOR tokens only; a ${input.role} token covers every group`);
  check.done();

  const secret = newTokenSecret();
  const token = w.em.create(ApiToken, { label, role: input.role, tokenHash: hashToken(secret) } as never);
  token.groups.set(groups);
  w.em.persist(token);
  w.created(token, tokenHistory);
  return { token, secret };
}

/** Revokes a token (ADMIN only): it stays listed, with revokedAt, and stops working at once. */
export async function revokeToken(w: Write, id: string | number): Promise<ApiToken> {
  assertAdmin(w.viewer, 'revoke tokens');
  const rowId = typeof id === 'number' || /^\d+$/.test(id) ? Number(id) : rowIdOf(id, 'ApiToken', 'id');
  const token = await w.em.findOne(ApiToken, { id: rowId }, { populate: ['groups'] });
  if (!token) throw new TokenError(ErrorCode.NOT_FOUND, `No token has the id ${id}`, 'id');
  if (token.revokedAt) throw new TokenError(ErrorCode.INVALID_TRANSITION, `The token "${token.label}" is already revoked`, 'id');
  if (w.viewer.tokenId === token.id) {
    throw new TokenError(ErrorCode.BAD_USER_INPUT, 'A token cannot revoke itself (use another ADMIN token or the command line)', 'id');
  }
  await w.changing(token, tokenHistory, 'REVOKE');
  token.revokedAt = new Date();
  return token;
}

/** Tokens, newest first, with their groups loaded (ADMIN only; the hashes never leave). */
export async function listTokens(em: EntityManager, viewer: Viewer, page: PageRequest): Promise<Page<ApiToken>> {
  assertAdmin(viewer, 'list tokens');
  const [rows, total] = await em.findAndCount(ApiToken, {}, {
    orderBy: { id: 'desc' },
    limit: page.limit,
    offset: page.offset,
    populate: ['groups'],
  });
  return { rows, total };
}

/** issueToken / revokeToken as one write each, for GraphQL and for the command line */
export function issueTokenWrite(req: WriteRequest, input: IssueTokenInput): Promise<IssuedToken> {
  return runWrite(req, (w) => issueToken(w, input));
}
export function revokeTokenWrite(req: WriteRequest, id: string | number): Promise<ApiToken> {
  return runWrite(req, (w) => revokeToken(w, id));
}

/** The command line (`npm run token`) writes as an ADMIN, recorded under its own label. */
export function commandLineRequest(em: EntityManager): WriteRequest {
  return { em, viewer: COMMAND_LINE_VIEWER, credentialProblem: null };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const TOUCH_EVERY_MS = 60_000;

/**
 * The viewer behind an Authorization header: one query by the token's hash. A header that is
 * not a bearer token, an unknown token or a revoked one gives no viewer and a reason (reads
 * stay public; a write then says why it is UNAUTHENTICATED).
 */
export async function credentialsFor(em: EntityManager, authorization: string | undefined): Promise<Credentials> {
  if (authorization === undefined || authorization.trim() === '') return { viewer: null, credentialProblem: null };
  const match = BEARER.exec(authorization);
  if (!match) {
    return { viewer: null, credentialProblem: 'The Authorization header must be `Bearer <token>`.' };
  }
  const knex = (em as SqlEntityManager).getKnex();
  const result = await knex.raw(
    `select t.id, t.label, t.role, t.revoked_at, t.last_used_at,
            coalesce(array_agg(g.id order by g.acronym) filter (where g.id is not null), '{}') as group_ids,
            coalesce(array_agg(g.acronym order by g.acronym) filter (where g.id is not null), '{}') as acronyms
     from api_tokens t
     left join api_token_groups tg on tg.token_id = t.id
     left join groups g on g.id = tg.group_id
     where t.token_hash = ?
     group by t.id`,
    [hashToken(match[1])],
  );
  const row = (result.rows as {
    id: number; label: string; role: Role; revoked_at: Date | null; last_used_at: Date | null; group_ids: number[]; acronyms: string[];
  }[])[0];
  if (!row) return { viewer: null, credentialProblem: 'The API token is not valid (check that it was copied whole).' };
  if (row.revoked_at) return { viewer: null, credentialProblem: `The API token "${row.label}" was revoked.` };
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > TOUCH_EVERY_MS) {
    await knex.raw('update api_tokens set last_used_at = now() where id = ?', [row.id]);
  }
  return {
    viewer: { tokenId: row.id, label: row.label, role: row.role, groupIds: row.group_ids.map(Number), groupAcronyms: row.acronyms },
    credentialProblem: null,
  };
}

/**
 * First start of a database without tokens: issue an ADMIN token and print it once, in the log.
 * Skipped when the log would not show it (LOG_LEVEL above warn): then use `npm run token`.
 * Two servers starting together: the advisory lock lets one of them issue it.
 */
export async function issueFirstAdminToken(em: EntityManager, logger: Logger): Promise<IssuedToken | null> {
  if (!logger.isLevelEnabled('warn')) return null;
  const first = await em.fork().transactional(async (tx) => {
    await (tx as SqlEntityManager).execute('select pg_advisory_xact_lock(20261126)');
    if ((await tx.count(ApiToken, {})) > 0) return null;
    const w = new Write(tx, { ...COMMAND_LINE_VIEWER, label: 'first start' }, null);
    const issued = await issueToken(w, { label: 'first ADMIN (printed at first start)', role: 'ADMIN' });
    await tx.flush();
    await w.recordChanges();
    return issued;
  });
  if (first) {
    logger.warn(
      { token: first.secret, tokenId: first.token.id },
      `No API token existed, so a first ADMIN token was issued. It is shown this once: ${first.secret} ` +
        '(send it as "Authorization: Bearer <token>"; issue other tokens with createApiToken or npm run token; revoke it once it is no longer needed)',
    );
  }
  return first;
}
