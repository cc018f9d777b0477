/**
 * The queries our own clients send: the playground's examples, the dashboard's operations and the
 * benchmark's, each with the variables they are sent with at their largest. The cost limit must
 * let every one of them through (tests/platform/cost-limit.test.ts) and `npm run bench:cost`
 * prints their cost beside the limit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, OperationTypeNode, parse, print, visit, type ASTNode, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { exampleQueries } from '../src/playground/example-queries.js';
import { DASHBOARD, DATA_SIZE, FOLLOW_UP, SEARCH, THREAD, THREAD_CANDIDATES } from './operations.js';

export interface RealQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const OPERATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'dashboard', 'client', 'operations');

/** each dashboard operation with the fragments it spreads (as the dashboard's codegen sends it) */
function dashboardOperations(): { name: string; query: string; required: { name: string; type: string }[] }[] {
  const definitions: DefinitionNode[] = fs
    .readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const spreadBy = (node: ASTNode, found = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        if (found.has(spread.name.value)) return;
        found.add(spread.name.value);
        spreadBy(fragments.get(spread.name.value)!, found);
      },
    });
    return found;
  };
  return definitions.flatMap((d) =>
    // the reads: the dashboard's forms (mutations) and live updates (subscriptions) are tested apart
    d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY && d.name
      ? [
          {
            name: `dashboard ${d.name.value}`,
            query: print({ kind: Kind.DOCUMENT, definitions: [d, ...[...spreadBy(d)].map((n) => fragments.get(n)!)] }),
            required: (d.variableDefinitions ?? []).flatMap((v) =>
              v.type.kind === Kind.NON_NULL_TYPE && v.type.type.kind === Kind.NAMED_TYPE ? [{ name: v.variable.name.value, type: v.type.type.name.value }] : [],
            ),
          },
        ]
      : [],
  );
}

/** a value for a required variable the table below does not give: an id, a group, a date, the largest page */
function filler(type: string, ids: { liaison?: string; document?: string }): unknown {
  return { ID: ids.liaison, String: 'CWG-COP', Int: 100, Boolean: true, Date: '2024-01-01' }[type];
}

/** variables at their largest (a liaison's or a node's id is filled in by whoever sends them) */
const DASHBOARD_VARIABLES: Record<string, Record<string, unknown>> = {
  FollowUp: { first: 100 },
  GroupPage: { acronym: 'CWG-COP' },
  GroupFollowUpPage: { acronym: 'CWG-COP', since: '2024-01-01' },
  FollowUpReplies: { first: 100, filter: { awaitingReply: true } },
};

export function realQueries(ids: { liaison?: string; document?: string } = {}): RealQuery[] {
  return [
    ...exampleQueries.map((example) => ({ name: `playground ${example.title}`, query: example.query, variables: {} })),
    ...dashboardOperations().map(({ name, query, required }) => ({
      name,
      query,
      variables: {
        ...Object.fromEntries(required.map((v) => [v.name, filler(v.type, ids)])),
        ...(DASHBOARD_VARIABLES[name.replace('dashboard ', '')] ?? {}),
        ...(name.endsWith('LiaisonDetail') ? { id: ids.liaison } : {}),
        // any node id answers (a liaison's: null for a document); the cost is the query's
        ...(name.endsWith('DocumentDetail') ? { id: ids.document ?? ids.liaison } : {}),
      },
    })),
    { name: 'bench dashboard (first: 100)', query: DASHBOARD, variables: { groups: 20, first: 100 } },
    { name: 'bench thread', query: THREAD, variables: { id: ids.liaison } },
    { name: 'bench follow-up', query: FOLLOW_UP, variables: { first: 100 } },
    { name: 'bench search', query: SEARCH, variables: { query: 'age verification', first: 100 } },
    { name: 'bench thread candidates', query: THREAD_CANDIDATES, variables: {} },
    { name: 'bench data size', query: DATA_SIZE, variables: {} },
  ];
}
