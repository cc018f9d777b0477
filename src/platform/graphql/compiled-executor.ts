import { execute, isAbstractType, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { typenameOf } from '../database/rows.js';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** compiled documents kept (the most recently used); a document past this is compiled again when seen again */
const MAX_COMPILED = 500;

interface Seen {
  /** executions so far, compiled or not */
  runs: number;
  compiled?: CompiledQuery;
}

/**
 * Executes operations with graphql-jit: a document is compiled once into JavaScript that
 * resolves exactly its fields, instead of graphql-js walking the schema and the document for
 * each of the thousands of fields of an answer (the dashboard's ~2,800 fields were most of its
 * server CPU). The answer, its errors and their paths are graphql-js's; resolvers, scalars and
 * abstract types are the schema's own.
 *
 * A document is compiled the second time it is executed: compiling costs more than one
 * execution, and a client sending ever-new documents (or an attacker) gets graphql-js, as
 * before. Apollo parses, validates (the limits and the cost run there) and calls the plugins as
 * without this; only execution is replaced. Apollo keeps one parsed document per query text, so
 * the document object is the key.
 *
 * Plugged in through Apollo's gateway interface, whose executor replaces execution and nothing
 * else.
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  // Every abstract type of the API (Node, SearchHit) is resolved by typenameOf, which
  // type-graphql wraps in an async function; graphql-jit calls resolveType synchronously, so both
  // executors get the rule itself
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = (value: object) => typenameOf(value);
  }
  // by document, then operation name (a document may hold several operations)
  const seen = new Map<DocumentNode, Map<string, Seen>>();

  const lookUp = (document: DocumentNode, operationName: string): Seen => {
    let byName = seen.get(document);
    if (byName) {
      // least recently used last: re-inserting moves the document to the end
      seen.delete(document);
      seen.set(document, byName);
    } else {
      byName = new Map();
      seen.set(document, byName);
      if (seen.size > MAX_COMPILED) seen.delete(seen.keys().next().value!);
    }
    let entry = byName.get(operationName);
    if (!entry) byName.set(operationName, (entry = { runs: 0 }));
    return entry;
  };

  const executor = async (request: {
    document: DocumentNode;
    operationName?: string | null;
    request: { variables?: Record<string, unknown> };
    context: unknown;
  }): Promise<ExecutionResult> => {
    const { document, context } = request;
    const operationName = request.operationName ?? undefined;
    const variables = request.request.variables;
    const entry = lookUp(document, operationName ?? '');
    entry.runs += 1;
    if (!entry.compiled && entry.runs >= 2) {
      const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      // not compilable (graphql-js reports why the same way): executed by graphql-js below
      if (isCompiledQuery(compiled)) entry.compiled = compiled;
    }
    if (entry.compiled) return entry.compiled.query(undefined, context, variables);
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };

  return {
    async load() {
      return { schema, executor: executor as never };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
