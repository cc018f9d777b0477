import net from 'node:net';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { scopedValue } from './request-scope.js';

/**
 * The time and rows one request may spend on the database. Every statement passes through the
 * pool's connections (see budgetConnection), whoever sends it (the ORM, rawQuery, a loader, a
 * transaction), so the budget is enforced there rather than in each domain's reads:
 *
 * - no statement starts once the request is stopped (deadline passed, client gone, server
 *   shutting down, or too many rows read);
 * - a statement running when the request is stopped is cancelled (PostgreSQL's CancelRequest on
 *   a fresh socket, so a full pool cannot hold the cancel up) and its caller is answered at once;
 * - the rows every statement returns are counted, and past the cap the request is stopped.
 *
 * Outside a request (migrations, the import, the seed) nothing is limited.
 */
export interface BudgetLimits {
  /** total time of the request, from its arrival */
  timeoutMs: number;
  /** rows the database may return to the request, across all its statements */
  maxRows: number;
}

export type StopReason = 'timeout' | 'rows' | 'client-gone' | 'shutdown';

export class RequestBudget {
  readonly #controller = new AbortController();
  readonly startedAt = Date.now();
  #deadline: number;
  /** why the request stops when its deadline passes: its own time, or the server's shutdown */
  #deadlineReason: StopReason = 'timeout';
  #timer: NodeJS.Timeout | undefined;
  rows = 0;
  statements = 0;
  #stopListeners: ((reason: StopReason) => void)[] = [];

  constructor(readonly limits: BudgetLimits) {
    this.#deadline = this.startedAt + limits.timeoutMs;
    this.#arm();
  }

  /** aborted when the request is stopped, with its AppError as the reason */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get stopped(): StopReason | undefined {
    return this.#controller.signal.aborted ? (this.#controller.signal.reason as BudgetExceeded).reason : undefined;
  }

  get error(): BudgetExceeded | undefined {
    return this.#controller.signal.aborted ? (this.#controller.signal.reason as BudgetExceeded) : undefined;
  }

  /** ms left before the deadline */
  remainingMs(): number {
    return Math.max(0, this.#deadline - Date.now());
  }

  /** brings the deadline forward (shutdown), never back */
  shortenTo(ms: number, reason: StopReason): void {
    const at = Date.now() + ms;
    if (at >= this.#deadline || this.stopped) return;
    this.#deadline = at;
    this.#deadlineReason = reason;
    this.#arm();
  }

  onStop(listener: (reason: StopReason) => void): void {
    this.#stopListeners.push(listener);
  }

  stop(reason: StopReason): void {
    if (this.stopped) return;
    clearTimeout(this.#timer);
    this.#controller.abort(new BudgetExceeded(reason, this));
    for (const listener of this.#stopListeners) listener(reason);
  }

  /** the request is over (answered or gone): no timer outlives it */
  finish(): void {
    clearTimeout(this.#timer);
  }

  /** throws the reason the request was stopped, if it was; stops it when its deadline has passed */
  check(): void {
    if (!this.stopped && Date.now() >= this.#deadline) this.stop(this.#deadlineReason);
    if (this.stopped) throw this.statementError();
  }

  /** a copy of the stop's error for one statement to fail with (knex prefixes its message with the SQL) */
  statementError(): BudgetExceeded {
    return new BudgetExceeded(this.stopped!, this);
  }

  addRows(count: number): void {
    this.rows += count;
    if (this.rows > this.limits.maxRows) this.stop('rows');
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.stop(this.#deadlineReason), this.remainingMs());
    this.#timer.unref();
  }
}

/** The AppError a stopped request answers with (see errors.ts for its HTTP status). */
export class BudgetExceeded extends AppError {
  readonly reason: StopReason;

  constructor(reason: StopReason, budget: RequestBudget) {
    const { timeoutMs, maxRows } = budget.limits;
    const [code, message, details]: [ErrorCode, string, Record<string, unknown>?] = {
      timeout: [
        ErrorCode.QUERY_TIMEOUT,
        `The request did not finish within ${timeoutMs} ms and was stopped. Ask for fewer or smaller pages.`,
        { limit: 'time', max: timeoutMs },
      ],
      rows: [
        ErrorCode.QUERY_TOO_COMPLEX,
        `The request read more than ${maxRows} rows from the database and was stopped. Ask for fewer or smaller pages.`,
        { limit: 'rows', max: maxRows },
      ],
      shutdown: [ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down; retry shortly.'],
      'client-gone': [ErrorCode.BAD_REQUEST, 'The client closed the connection before the answer.'],
    }[reason] as [ErrorCode, string, Record<string, unknown>?];
    super(code, message, undefined, details);
    this.reason = reason;
  }
}

const STOP_REASONS: readonly string[] = ['timeout', 'rows', 'client-gone', 'shutdown'];

/**
 * Whether an error is a stopped request's statement failing: a BudgetExceeded, or what the ORM
 * (DriverException copies its properties) or GraphQL (originalError) made of one.
 */
export function isBudgetStop(error: unknown): boolean {
  for (let e = error as { reason?: unknown; originalError?: unknown } | null | undefined, depth = 0; e && depth < 5; depth++) {
    if (e instanceof BudgetExceeded || (typeof e.reason === 'string' && STOP_REASONS.includes(e.reason) && 'code' in e)) return true;
    e = e.originalError as typeof e;
  }
  return false;
}

const current = scopedValue<RequestBudget>('request budget');

export function runWithBudget<T>(budget: RequestBudget, fn: () => T): T {
  return current.run(budget, fn);
}

export function currentBudget(): RequestBudget | undefined {
  return current.get();
}

/** the part of a node-postgres Client this file uses */
interface PgClient {
  query(config: unknown, callback: (err: Error | null, result: unknown) => void): unknown;
  processID: number | null;
  secretKey: number | null;
  connectionParameters: unknown;
}

/** rows of a result (several results when one query text held several statements) */
function rowsOf(result: unknown): number {
  if (Array.isArray(result)) return result.reduce((sum: number, r) => sum + rowsOf(r), 0);
  const rows = (result as { rows?: unknown[] } | null)?.rows;
  return Array.isArray(rows) ? rows.length : 0;
}

/** CancelRequest: length 16, the code 80877102, then the backend's process id and secret key */
function cancelRequest(processID: number, secretKey: number): Buffer {
  const message = Buffer.alloc(16);
  message.writeInt32BE(16, 0);
  message.writeInt32BE(80877102, 4);
  message.writeInt32BE(processID, 8);
  message.writeInt32BE(secretKey, 12);
  return message;
}

/**
 * Sends PostgreSQL's CancelRequest for what `client` is running, on a new socket (no pool
 * connection, no authentication needed): the server stops that statement with error 57014.
 * The connection is this request's until it is released, so what it runs is this request's.
 * A socket that cannot connect only means the cancel could not be sent: it never throws.
 */
function cancelRunning(client: PgClient): void {
  const { processID, secretKey } = client;
  const { host, port } = client.connectionParameters as { host: string; port: number };
  if (processID === null || secretKey === null) return;
  const socket = host.startsWith('/') ? net.connect(`${host}/.s.PGSQL.${port}`) : net.connect(port, host);
  socket.on('error', () => socket.destroy());
  socket.setTimeout(5_000, () => socket.destroy());
  socket.on('connect', () => socket.end(cancelRequest(processID, secretKey)));
}

/**
 * Makes one pooled connection keep the budget of the request whose statements it runs (the
 * knex pool's afterCreate calls it). `cancel: false` for the embedded database: its socket
 * server ignores CancelRequest, and PGlite runs each statement to the end on the event loop.
 */
const ROLLBACK = /^\s*rollback\b/i;

function statementText(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

export function budgetConnection(client: PgClient, options: { cancel: boolean }): void {
  const query = client.query.bind(client);
  client.query = (config: unknown, callback: (err: Error | null, result: unknown) => void) => {
    const budget = current.get();
    if (!budget || typeof callback !== 'function') return query(config, callback);
    // A stopped request must still end its transaction: refused, the ROLLBACK would leave the
    // connection in an aborted transaction, back in the pool, failing every later request on it.
    if (ROLLBACK.test(statementText(config))) return query(config, callback);
    try {
      budget.check();
    } catch (error) {
      queueMicrotask(() => callback(error as Error, undefined));
      return undefined;
    }
    budget.statements += 1;
    let answered = false;
    const onStop = () => {
      if (answered) return;
      answered = true;
      if (options.cancel) cancelRunning(client);
      // the caller hears at once; the cancelled statement ends on its own a moment later
      callback(budget.statementError(), undefined);
    };
    const returned = query(config, (err, result) => {
      budget.signal.removeEventListener('abort', onStop);
      if (answered) return;
      answered = true;
      if (!err) {
        budget.addRows(rowsOf(result));
        if (budget.stopped) return callback(budget.statementError(), undefined);
      }
      callback(err, result);
    });
    budget.signal.addEventListener('abort', onStop, { once: true });
    return returned;
  };
}
