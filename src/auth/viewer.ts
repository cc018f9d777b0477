import type { Role } from '../api-token/api-token.entity.js';

/**
 * Who is asking, resolved once per request from `Authorization: Bearer <token>`: the token's
 * label and role, and for an EDITOR the groups it may write for. Null on the request context
 * when no valid token was sent (reads are public; writes then fail with UNAUTHENTICATED).
 */
export interface Viewer {
  /** the token's row id; null for the command line (`npm run token`) */
  tokenId: number | null;
  label: string;
  role: Role;
  /** EDITOR: the groups it writes for (row ids); empty for the other roles, which are not scoped */
  groupIds: readonly number[];
  groupAcronyms: readonly string[];
}

/** The command-line tool acts as an ADMIN; its writes are recorded under this label. */
export const COMMAND_LINE_VIEWER: Viewer = {
  tokenId: null,
  label: 'command line (npm run token)',
  role: 'ADMIN',
  groupIds: [],
  groupAcronyms: [],
};

/** What the request context knows about credentials. */
export interface Credentials {
  viewer: Viewer | null;
  /** why there is no viewer although an Authorization header came (bad scheme, unknown or revoked token) */
  credentialProblem: string | null;
}

declare module '../platform/graphql/context.js' {
  /** the request's Credentials: who is asking (from `Authorization: Bearer <token>`); viewer null: no valid token, reads only */
  interface RequestContext {
    viewer: Credentials['viewer'];
    credentialProblem: Credentials['credentialProblem'];
  }
}
