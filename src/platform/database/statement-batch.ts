import { createHash } from 'node:crypto';
// @ts-expect-error pg's utils module has no type declarations
import pgUtils from 'pg/lib/utils.js';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { countBatchedStatements, countRoundTrip } from './query-counter.js';
// @ts-expect-error pg's result module has no type declarations
import PgResultClass from 'pg/lib/result.js';

/**
 * One round trip for the reads a request sends at the same moment, each a prepared statement.
 * GraphQL resolves a query level by level, and the loaders of one level (a liaison's sender,
 * addressees, attachments and replies) each send their batch in the same tick: four statements,
 * four round trips, each a write to the socket and a wait on PostgreSQL (on a busy 2-core
 * machine, each costs more than the statement itself). Here the reads one request sends before
 * the event loop turns are queued and sent down one connection as one pipeline of the extended
 * protocol (Parse, Bind, Describe, Execute for each, one Sync), whose results come back in order
 * and are parsed by the same type parsers as any other query.
 *
 * Each statement is a named prepared statement of its connection (named by a hash of its text),
 * parsed and planned once per connection: planning a read costs PostgreSQL more than running it
 * (measured on the thread's nine statements: 1.5 ms of planning against 0.5 ms of execution per
 * answer, `npm run bench:floor`), and our statements' texts are few, fixed by the code, with the
 * values as parameters. A connection keeps at most MAX_PREPARED of them; past that, statements
 * go unnamed (parsed and planned each time, as before).
 *
 * Reads only, and only outside a transaction (rawQuery decides): a write's statements keep
 * their order and their transaction. If the pipeline fails (one bad statement aborts the rest),
 * each statement is sent again on its own, so each caller hears its own answer.
 */

interface Pending {
  sql: string;
  bindings: readonly unknown[];
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

/** the queue of each request's EntityManager (one fork per request), flushed once the tick ends */
const queues = new WeakMap<EntityManager, Pending[]>();

export function batchedRead(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<{ rows: unknown[] }> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(em);
    if (!queue) {
      queue = [];
      queues.set(em, queue);
      const flushing = queue;
      // after the nextTick and promise jobs in which DataLoader dispatches every loader of a level
      setImmediate(() => {
        queues.delete(em);
        void flush(em, flushing);
      });
    }
    queue.push({ sql, bindings, resolve, reject });
  });
}

function knexOf(em: EntityManager) {
  return (em as SqlEntityManager).getKnex('read');
}

async function single(em: EntityManager, pending: Pending): Promise<void> {
  try {
    pending.resolve(await knexOf(em).raw(pending.sql, pending.bindings as never));
  } catch (error) {
    pending.reject(error);
  }
}

/** the statements one connection holds prepared, by name (pg's own record of them, shared with its Query) */
interface PgConnection {
  parsedStatements: Record<string, string>;
  stream: { cork?(): void; uncork?(): void };
  parse(message: { text: string; name: string; types?: unknown[] }): void;
  close(message: { type: 'S'; name: string }): void;
  bind(message: { portal: string; statement: string; values: readonly unknown[]; valueMapper: unknown }): void;
  describe(message: { type: 'P'; name: string }): void;
  execute(message: { portal: string; rows: number }): void;
  sync(): void;
}

/** a connection stops preparing new statements past this many (each holds a plan in its backend) */
const MAX_PREPARED = 500;
const preparedCount = new WeakMap<PgConnection, number>();

/**
 * The columns a prepared statement returns (its RowDescription), by statement name. A statement
 * described once is not described again: PostgreSQL would send the same names and types with
 * every execution, and reading them (a string and an object per column) and building their
 * parsers made 22 of the 369 kB a thread answer allocated. A statement whose columns change
 * under it (a migration) fails with "cached plan must not change result type" before any row,
 * and the pipeline's statements are sent again on their own.
 */
const describedColumns = new Map<string, { types: unknown; fields: unknown[]; parsers: unknown[]; empty: object }>();
/**
 * Our read texts are a few hundred, but a select list follows the fields a query selects
 * (RowShape.columnsFor), so a client cycling through field combinations makes new texts. Past
 * this many, statements are described each time as before: at most about 3 MB (an entry holds a
 * column list, its parsers and an empty row, 1-2 kB for a 13-column row).
 */
const MAX_DESCRIBED = 2_000;

/** statement names by text: a hash, written once per text */
const names = new Map<string, string>();
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `lg_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    // the texts are the code's own; a bound keeps a mistake from growing without end
    if (names.size < 10_000) names.set(text, name);
  }
  return name;
}

interface PgResult {
  rows: unknown[];
  /** what addFields makes of a RowDescription: the columns, their parsers, an empty row (pg's own fields) */
  fields: unknown[];
  _parsers: unknown[];
  _prebuiltEmptyResultObject: object;
  addFields(fields: unknown[]): void;
  parseRow(fields: unknown[]): unknown;
  addRow(row: unknown): void;
  addCommandComplete(message: unknown): void;
}

/**
 * Several statements down one connection as one pipeline: pg's client runs it as it runs its own
 * Query (a "submittable": submit writes the messages, the handle* methods hear the answers).
 */
class Pipeline {
  callback?: (error: Error | null, results?: PgResult[]) => void;
  private readonly results: PgResult[];
  private at = 0;
  private failure: Error | null = null;
  /** the statements this pipeline prepares, recorded on its connection once it has succeeded */
  private named: string[] = [];
  /** each statement's prepared name ('' when unnamed), in order */
  private readonly names: string[] = [];
  private connection?: PgConnection;

  /**
   * `types`: the client's type parsers, which pg gives its own queries' results and MikroORM sets
   * (timestamps as PostgreSQL's text): a statement reads the same values batched or alone, and
   * pg's default parsers (a regular expression and a Date per timestamp) cost the dashboard more
   * than a millisecond of timestamps nobody asked for.
   */
  constructor(
    private readonly statements: readonly { text: string; values: readonly unknown[] }[],
    private readonly types: unknown,
  ) {
    this.results = statements.map(() => new PgResultClass(undefined, types) as PgResult);
  }

  submit(connection: PgConnection): Error | null {
    connection.stream.cork?.();
    try {
      let prepared = preparedCount.get(connection) ?? 0;
      for (const [index, { text, values }] of this.statements.entries()) {
        let name = nameOf(text);
        if (connection.parsedStatements[name] === undefined) {
          if (prepared < MAX_PREPARED && !this.named.includes(name)) {
            prepared += 1;
            this.named.push(name);
            // a pipeline that failed after its Parse left the statement behind, unrecorded: closing
            // a statement that does not exist is no error, parsing one that does would be
            connection.close({ type: 'S', name });
            connection.parse({ text, name });
          } else if (!this.named.includes(name)) {
            name = '';
            connection.parse({ text, name });
          }
        }
        connection.bind({ portal: '', statement: name, values, valueMapper: prepareValue });
        const described = name && connection.parsedStatements[name] !== undefined ? describedColumns.get(name) : undefined;
        if (described && described.types === this.types) {
          // as addFields would set them; parseRow copies the empty row and never changes it
          const result = this.results[index]!;
          result.fields = described.fields;
          result._parsers = described.parsers;
          result._prebuiltEmptyResultObject = described.empty;
        } else {
          connection.describe({ type: 'P', name: '' });
        }
        this.names.push(name);
        connection.execute({ portal: '', rows: 0 });
      }
      preparedCount.set(connection, prepared);
      connection.sync();
    } catch (error) {
      return error as Error;
    } finally {
      connection.stream.uncork?.();
    }
    this.connection = connection;
    return null;
  }

  handleRowDescription(message: { fields: unknown[] }): void {
    const result = this.results[this.at];
    if (!result) return;
    result.addFields(message.fields);
    const name = this.names[this.at];
    if (name && (describedColumns.size < MAX_DESCRIBED || describedColumns.has(name))) {
      describedColumns.set(name, { types: this.types, fields: result.fields, parsers: result._parsers, empty: result._prebuiltEmptyResultObject });
    }
  }

  handleDataRow(message: { fields: unknown[] }): void {
    const result = this.results[this.at];
    if (!result || this.failure) return;
    try {
      result.addRow(result.parseRow(message.fields));
    } catch (error) {
      this.failure = error as Error;
    }
  }

  handleCommandComplete(message: unknown): void {
    this.results[this.at]?.addCommandComplete(message);
    this.at += 1;
  }

  handleEmptyQuery(): void {
    this.at += 1;
  }

  handleError(error: Error, connection: PgConnection): void {
    // nothing of this pipeline is recorded as prepared: the next one closes and parses again
    preparedCount.set(connection, Math.max(0, (preparedCount.get(connection) ?? 0) - this.named.length));
    this.callback?.(this.failure ?? error);
  }

  handleReadyForQuery(): void {
    if (this.failure) return this.handleError(this.failure, this.connection!);
    for (const name of this.named) this.connection!.parsedStatements[name] = name;
    this.callback?.(null, this.results);
  }

  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: { sendCopyFail(message: string): void }): void {
    connection.sendCopyFail('No source stream defined');
  }
  handleCopyData(): void {}
}

interface PgClient {
  connection: PgConnection;
  /** the type parsers of the client's configuration (pg's own field) */
  _types: unknown;
  query(submittable: Pipeline, callback: (error: Error | null, results?: PgResult[]) => void): unknown;
}

async function flush(em: EntityManager, queue: Pending[]): Promise<void> {
  let statements: { text: string; values: readonly unknown[] }[];
  try {
    statements = queue.map((p) => native(em, p.sql, p.bindings));
  } catch {
    await Promise.all(queue.map((p) => single(em, p)));
    return;
  }
  let results: PgResult[];
  try {
    results = await pipeline(em, statements);
  } catch (error) {
    // one statement alone: its own error; several: which failed, and why, is each caller's to hear
    // (a stopped request fails them all again at once)
    if (queue.length === 1) return queue[0]!.reject(error);
    await Promise.all(queue.map((p) => single(em, p)));
    return;
  }
  queue.forEach((p, i) => p.resolve(results[i]));
}

/** the statements down one pooled connection of the read pool, as one message */
async function pipeline(em: EntityManager, statements: { text: string; values: readonly unknown[] }[]): Promise<PgResult[]> {
  const knexClient = knexOf(em).client as { acquireConnection(): Promise<PgClient>; releaseConnection(connection: PgClient): Promise<unknown> };
  const client = await knexClient.acquireConnection();
  try {
    countRoundTrip();
    countBatchedStatements(statements.length - 1);
    return await new Promise<PgResult[]>((resolve, reject) => {
      client.query(new Pipeline(statements, client._types), (error, results) => (error ? reject(error) : resolve(results!)));
    });
  } finally {
    await knexClient.releaseConnection(client);
  }
}

/**
 * PostgreSQL's text of each statement knex has written, by its SQL: when every value is a plain
 * one (no raw SQL or query builder to inline, no undefined for knex to refuse) and no `??` names
 * an identifier, knex writes the values through unchanged and the text depends on the SQL alone.
 * The reads' SQL is our code's, so a few hundred texts; the bound is for SQL built with a
 * varying number of placeholders. Rewriting `?` as `$n` cost 27 µs of a thread's answer.
 */
const nativeTexts = new Map<string, string>();
const MAX_NATIVE_TEXTS = 2_000;

const plainValue = (value: unknown) =>
  value !== undefined && typeof value !== 'function' && !(value !== null && typeof value === 'object' && ('isRawInstance' in value || 'toSQL' in value));

/** the statement as PostgreSQL's text ($1, $2 …) and its values, as knex writes them */
function native(em: EntityManager, sql: string, bindings: readonly unknown[]): { text: string; values: readonly unknown[] } {
  const plain = bindings.every(plainValue) && !sql.includes('??');
  const known = plain ? nativeTexts.get(sql) : undefined;
  if (known !== undefined) return { text: known, values: bindings };
  const written = knexOf(em).raw(sql, bindings as never).toSQL().toNative();
  if (plain) {
    if (nativeTexts.size >= MAX_NATIVE_TEXTS) nativeTexts.clear();
    nativeTexts.set(sql, written.sql);
  }
  return { text: written.sql, values: written.bindings as unknown[] };
}

/** pg's own serialization of a parameter (pg/lib/utils: arrays, dates, buffers, JSON) */
const prepareValue = pgUtils.prepareValue as (value: unknown) => unknown;
