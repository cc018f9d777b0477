/**
 * API tokens for tests, created directly in the test's own database (as the command line does),
 * so a test can act as any role without going through a first ADMIN token.
 */
import type { Role } from '../../src/api-token/api-token.entity.js';
import { COMMAND_LINE_VIEWER } from '../../src/auth/viewer.js';
import { issueTokenWrite } from '../../src/api-token/api-token.service.js';
import type { TestApp } from './test-app.js';

export interface TestToken {
  /** the secret, as a client sends it */
  token: string;
  /** `{ authorization: 'Bearer …' }`, for t.graphql(…, { headers }) */
  headers: Record<string, string>;
  /** the token's row id */
  id: number;
  label: string;
}

export async function createTestToken(
  t: TestApp,
  options: { role: Role; groups?: string[]; label?: string },
): Promise<TestToken> {
  const label = options.label ?? `${options.role}${options.groups?.length ? ` of ${options.groups.join(', ')}` : ''} (test)`;
  const issued = await issueTokenWrite(
    { em: t.app.orm.em.fork(), viewer: { ...COMMAND_LINE_VIEWER, label: 'test setup' }, credentialProblem: null },
    { label, role: options.role, groups: options.groups ?? [] },
  );
  return { token: issued.secret, headers: { authorization: `Bearer ${issued.secret}` }, id: issued.token.id, label };
}

/** one token of each kind the role-boundary tests need */
export async function createRoleTokens(t: TestApp) {
  return {
    admin: await createTestToken(t, { role: 'ADMIN', label: 'Admin (test)' }),
    secretariat: await createTestToken(t, { role: 'SECRETARIAT', label: 'ITU secretariat officer' }),
    cgCop: await createTestToken(t, { role: 'EDITOR', groups: ['CG-COP'], label: 'CG-COP co-convener' }),
    cwgCop: await createTestToken(t, { role: 'EDITOR', groups: ['CWG-COP'], label: 'CWG-COP editor' }),
    q32: await createTestToken(t, { role: 'EDITOR', groups: ['SG2 Q3/2'], label: 'Q3/2 rapporteur' }),
  };
}

/** a raw SQL statement in the test's database (to look behind the API, or to make a write fail) */
export async function sql<T = Record<string, unknown>>(t: TestApp, statement: string, params: unknown[] = []): Promise<T[]> {
  const result = await t.app.orm.em.fork().getConnection().execute(statement, params);
  return result as T[];
}
