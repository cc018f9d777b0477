import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, Kind, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes a query Apollo has parsed and validated with graphql-jit: the query is compiled once
 * into a function that walks the selection without graphql-js's per-field bookkeeping (field
 * collection, info objects, completeValue per value), the largest part of executing an answer of
 * hundreds of objects. Apollo Server takes another executor only through its gateway interface,
 * so this is a gateway that serves our own schema.
 *
 * A document is compiled on its second execution: Apollo's document store hands out the same
 * parsed document for the same text, so what is compiled is what clients repeat, and a client
 * sending a new text each time (nothing to reuse) costs a graphql-js execution, not a compilation.
 * At most MAX_COMPILED_QUERIES compiled queries are kept, the least recently used leaving first:
 * one holds about 50 kB of heap (the dashboard's, the thread's), and Apollo's document store
 * keeps some thousands of documents, so a client sending a few thousand different queries twice
 * each could otherwise add a hundred megabytes to every process.
 *
 * Compiling costs what the selection costs once its fragments are spread out, data or no data,
 * and it blocks the event loop, which no request deadline can stop: seven levels of a fragment
 * spreading the next one twice (565 characters, within every query limit) spread out to 510
 * fields and took 30-55 ms to compile, 126 fields 6-28 ms. So a document is compiled only while
 * its spread-out selection has at most MAX_COMPILED_FIELDS fields; larger ones run on
 * graphql-js. The bound keeps our own clients compiled (the benchmark's dashboard has 37 fields,
 * a thread 38, the dashboard's largest page 134); the costliest document under it found so far,
 * 15 aliases of node(id:) with a fragment on six types (180 fields), compiles in 28-33 ms, once
 * per document and process.
 *
 * Once per document is not a bound on a client that sends new documents: each sent twice would
 * cost a compilation. So compiling has a budget of time per process (CompileBudget): at most
 * COMPILE_MS_PER_SECOND on average, in bursts of at most COMPILE_BURST_MS (a start compiles all
 * the dashboard's operations at once). A document that comes while the budget is spent runs on
 * graphql-js, and is compiled on a later execution once there is time again.
 */
const COMPILE_AFTER_EXECUTIONS = 1;

export const MAX_COMPILED_FIELDS = 200;

export const MAX_COMPILED_QUERIES = 500;

/** compiling may take 2 % of one core on average… */
export const COMPILE_MS_PER_SECOND = 20;
/** …and at most this much at once */
export const COMPILE_BURST_MS = 200;

/**
 * Time for compiling, refilled with the clock: COMPILE_MS_PER_SECOND ms a second, up to
 * COMPILE_BURST_MS. A compilation runs while anything is left and is paid for by what it
 * actually took, so the balance may go below zero; nothing compiles until the clock has made
 * it up again.
 */
export class CompileBudget {
  private balance: number;
  private refilledAt: number;

  constructor(
    private readonly msPerSecond = COMPILE_MS_PER_SECOND,
    private readonly burstMs = COMPILE_BURST_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.balance = burstMs;
    this.refilledAt = now();
  }

  /** is there time to compile now? */
  available(): boolean {
    const now = this.now();
    this.balance = Math.min(this.burstMs, this.balance + ((now - this.refilledAt) * this.msPerSecond) / 1000);
    this.refilledAt = now;
    return this.balance > 0;
  }

  /** a compilation took `ms` */
  spend(ms: number): void {
    this.balance -= ms;
  }
}

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * The compiled queries, by document and operation: the most recently used last (a Map keeps its
 * insertion order), at most `max` of them. A document that cannot or may not be compiled is
 * remembered as null, so it is not tried again; one `compile` leaves for later (undefined) is not
 * remembered.
 */
export class CompiledQueries {
  private readonly byDocument = new Map<DocumentNode, Map<string, CompiledQuery | null>>();
  private count = 0;

  constructor(private readonly max: number) {}

  /** how many compiled queries (and refusals) are kept */
  get size(): number {
    return this.count;
  }

  /** how many documents have something kept */
  get documents(): number {
    return this.byDocument.size;
  }

  get(document: DocumentNode, operationName: string, compile: () => CompiledQuery | null | undefined): CompiledQuery | null {
    const operations = this.byDocument.get(document);
    if (operations) {
      // used again: to the end of the line
      this.byDocument.delete(document);
      this.byDocument.set(document, operations);
      if (operations.has(operationName)) return operations.get(operationName)!;
    }
    const compiled = compile();
    // left for later: nothing kept, not even the document (a client sending new documents while
    // the compile budget is spent would otherwise grow this map without a bound)
    if (compiled === undefined) return null;
    if (operations) operations.set(operationName, compiled);
    else this.byDocument.set(document, new Map([[operationName, compiled]]));
    this.count++;
    for (const [oldest, kept] of this.byDocument) {
      if (this.count <= this.max) break;
      this.byDocument.delete(oldest);
      this.count -= kept.size;
    }
    return compiled;
  }
}

/** Answers some operations another way (planned-execution.ts: in one statement); undefined: execute it here. */
export interface AnswerFirst {
  answer(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null,
    variables: Readonly<Record<string, unknown>>,
    context: never,
  ): Promise<ExecutionResult | undefined>;
}

/** `planned`: tried before graphql-jit and graphql-js */
export function compiledExecutionGateway(schema: GraphQLSchema, options: { budget?: CompileBudget; planned?: AnswerFirst } = {}): Gateway {
  const { budget = new CompileBudget(), planned } = options;
  /** executions per document, while Apollo keeps it */
  const executions = new WeakMap<DocumentNode, number>();
  const compiledQueries = new CompiledQueries(MAX_COMPILED_QUERIES);

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): CompiledQuery | null => {
    const count = (executions.get(document) ?? 0) + 1;
    executions.set(document, count);
    if (count <= COMPILE_AFTER_EXECUTIONS) return null;
    return compiledQueries.get(document, operationName ?? '', () => {
      if (spreadFieldCount(document, operation, MAX_COMPILED_FIELDS) > MAX_COMPILED_FIELDS) return null;
      // no time to compile now: graphql-js this time, compiled on a later execution
      if (!budget.available()) return undefined;
      const started = performance.now();
      const compiled = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      budget.spend(performance.now() - started);
      // what graphql-jit cannot compile, graphql-js executes
      return isCompiledQuery(compiled) ? compiled : null;
    });
  };

  const executor: Executor = async ({ document, operation, operationName, request, context }) => {
    const run = () => execute({ schema, document, operationName: request.operationName, variableValues: request.variables, contextValue: context });
    // an operationName that names no operation of the document (Apollo resolved none): graphql-js
    // says so in its own words (graphql-jit would run the document's only operation for "")
    if (!operation) return run();
    if (planned) {
      const answer = await planned.answer(document, operation, operationName, request.variables ?? {}, context as never);
      if (answer) return answer;
    }
    const compiled = compiledFor(document, operation, operationName);
    if (!compiled) return run();
    const result = (await compiled.query(undefined, context, request.variables ?? {})) as ExecutionResult;
    if (!result.errors?.length) return result;
    // variables that do not coerce: graphql-js's errors point at the variable (Apollo answers them
    // BAD_USER_INPUT), graphql-jit's do not; nothing has run, so graphql-js says it again
    if (!('data' in result)) return run();
    return { ...result, errors: result.errors.map(asGraphQLError) };
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { schema, executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are its own objects (GraphQLError's prototype, not its constructor: no
 * `extensions` object, which Apollo reads): the same error as graphql-js would make of it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (made as { locations: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

/**
 * The fields of an operation with every fragment spread out, counted up to just past `limit`
 * (so a fragment bomb costs `limit` steps, not its size).
 */
export function spreadFieldCount(document: DocumentNode, operation: OperationDefinitionNode, limit: number): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  let count = 0;
  const visit = (selectionSet: SelectionSetNode, depth: number): void => {
    for (const selection of selectionSet.selections) {
      if (count > limit) return;
      // validation has refused cycles; the depth guard is for documents that skipped it
      if (depth > 64) {
        count = limit + 1;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        count++;
        if (selection.selectionSet) visit(selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth + 1);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment, depth + 1);
      }
    }
  };
  visit(operation.selectionSet, 0);
  return count;
}
