/**
 * Which documents get compiled (src/platform/graphql/compiled-execution.ts): compiling blocks the
 * event loop for as long as the selection is large once its fragments are spread out, so a
 * document within every query limit but huge when spread (a fragment bomb) runs on graphql-js;
 * how many compiled queries a process keeps (each holds about 50 kB); and how much time a process
 * spends compiling when a client sends new documents, each twice.
 */
import { buildSchema, getOperationAST, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CompiledQuery } from 'graphql-jit';
import {
  COMPILE_BURST_MS,
  COMPILE_MS_PER_SECOND,
  CompileBudget,
  CompiledQueries,
  compiledExecutionGateway,
  MAX_COMPILED_FIELDS,
  spreadFieldCount,
} from '../../../src/platform/graphql/compiled-execution.js';
import { DASHBOARD, FOLLOW_UP, SEARCH, THREAD } from '../../../bench/operations.js';

const count = (text: string) => {
  const document = parse(text);
  return spreadFieldCount(document, getOperationAST(document)!, MAX_COMPILED_FIELDS);
};

/** `levels` fragments, each spreading the next under two fields: 2^levels paths from 600-odd characters */
const fragmentBomb = (levels: number) =>
  `query Q { node(id: "x") { ...L0 } } ` +
  Array.from({ length: levels }, (_, i) => `fragment L${i} on Liaison { title inReplyTo { ...L${i + 1} } replies { ...L${i + 1} } }`).join(' ') +
  ` fragment L${levels} on Liaison { title }`;

describe('the documents compiled', () => {
  it('include what our clients repeat: the dashboard, a thread, the follow-up and search', () => {
    for (const text of [DASHBOARD, THREAD, FOLLOW_UP, SEARCH]) expect(count(text)).toBeLessThanOrEqual(MAX_COMPILED_FIELDS);
    expect(count(THREAD)).toBe(38);
  });

  it('exclude a fragment bomb, counted only to just past the limit (a million paths in milliseconds)', () => {
    // seven levels pass every query limit (compiled-execution.test.ts sends them): 510 fields
    expect(fragmentBomb(7).length).toBeLessThan(600);
    expect(count(fragmentBomb(7))).toBe(MAX_COMPILED_FIELDS + 1);
    const started = performance.now();
    expect(count(fragmentBomb(20))).toBe(MAX_COMPILED_FIELDS + 1);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('count inline fragments and repeated fields as the executor sees them', () => {
    expect(count('{ groups(first: 1) { totalCount ... on GroupConnection { totalCount } } }')).toBe(3);
  });
});

describe('the compiled queries kept', () => {
  const compiledQuery = (name: string) => ({ name }) as unknown as CompiledQuery;
  const documents = Array.from({ length: 5 }, (_, i) => parse(`query Q${i} { __typename }`));

  it('are at most the limit, the least recently used leaving first', () => {
    const kept = new CompiledQueries(3);
    let compiled = 0;
    const get = (i: number) => kept.get(documents[i]!, '', () => compiledQuery(`Q${i} #${++compiled}`));
    get(0);
    get(1);
    get(2);
    expect(get(0)).toEqual({ name: 'Q0 #1' }); // kept, and now the most recently used
    get(3); // Q1 leaves
    expect(kept.size).toBe(3);
    expect(get(0)).toEqual({ name: 'Q0 #1' });
    expect(get(2)).toEqual({ name: 'Q2 #3' });
    expect(get(1)).toEqual({ name: 'Q1 #5' }); // compiled again
    expect(kept.size).toBe(3);
  });

  it('count each operation of a document, and remember a document that may not be compiled', () => {
    const kept = new CompiledQueries(2);
    let tries = 0;
    const refuse = () => (tries++, null);
    expect(kept.get(documents[0]!, 'A', refuse)).toBeNull();
    expect(kept.get(documents[0]!, 'A', refuse)).toBeNull();
    expect(tries).toBe(1);
    kept.get(documents[0]!, 'B', () => compiledQuery('B'));
    expect(kept.size).toBe(2);
    kept.get(documents[1]!, '', () => compiledQuery('other')); // the whole first document leaves
    expect(kept.size).toBe(1);
    expect(kept.get(documents[0]!, 'A', refuse)).toBeNull();
    expect(tries).toBe(2);
  });

  it('keep nothing of a document left for later (the compile budget spent), however many come', () => {
    const kept = new CompiledQueries(2);
    for (let i = 0; i < 1000; i++) expect(kept.get(parse(`query N${i} { __typename }`), '', () => undefined)).toBeNull();
    expect(kept.size).toBe(0);
    expect(kept.documents).toBe(0);
    // and a document left for later is compiled when it comes again
    expect(kept.get(documents[0]!, '', () => undefined)).toBeNull();
    expect(kept.get(documents[0]!, '', () => compiledQuery('later'))).toEqual({ name: 'later' });
    expect(kept.documents).toBe(1);
  });
});

describe('the time spent compiling', () => {
  it('has a burst, then COMPILE_MS_PER_SECOND on average: a spent budget waits for the clock', () => {
    let now = 0;
    const budget = new CompileBudget(COMPILE_MS_PER_SECOND, COMPILE_BURST_MS, () => now);
    // a start compiles its clients' documents at once, up to the burst
    let compiled = 0;
    while (budget.available()) {
      budget.spend(30);
      compiled++;
    }
    expect(compiled).toBe(Math.ceil(COMPILE_BURST_MS / 30));
    // then an attacker's 30 ms compilations get COMPILE_MS_PER_SECOND: one and a half a second, not one per request
    let later = 0;
    for (now = 0; now < 100_000; now += 10) {
      if (budget.available()) {
        budget.spend(30);
        later++;
      }
    }
    expect(later * 30).toBeGreaterThan(COMPILE_MS_PER_SECOND * 100 - 60);
    expect(later * 30).toBeLessThanOrEqual(COMPILE_MS_PER_SECOND * 100 + 30);
  });

  it('refills no further than the burst, however long the process was idle', () => {
    let now = 0;
    const budget = new CompileBudget(COMPILE_MS_PER_SECOND, COMPILE_BURST_MS, () => now);
    now = 3_600_000;
    let spent = 0;
    while (budget.available()) {
      budget.spend(10);
      spent += 10;
    }
    expect(spent).toBe(COMPILE_BURST_MS);
  });

  it('leaves a document to graphql-js while the budget is spent, and compiles it on a later execution', async () => {
    const schema = buildSchema('type Query { greeting: String }');
    let open = false;
    let spent = 0;
    const budget = { available: () => open, spend: (ms: number) => void (spent += ms) } as unknown as CompileBudget;
    const gateway = compiledExecutionGateway(schema, { budget });
    const { executor } = await gateway.load({ apollo: {} as never });
    const document = parse('{ greeting }');
    const run = (doc: DocumentNode) =>
      executor!({ document: doc, operation: getOperationAST(doc)!, operationName: null, request: { variables: {} }, context: {} } as never);
    const answers = [];
    answers.push(await run(document)); // first execution: never compiled
    answers.push(await run(document)); // second: would be compiled, but the budget is spent
    expect(spent).toBe(0);
    open = true;
    answers.push(await run(document)); // compiled now
    expect(spent).toBeGreaterThan(0);
    const once = spent;
    answers.push(await run(document)); // and kept
    expect(spent).toBe(once);
    for (const answer of answers) expect(answer).toEqual({ data: { greeting: null } });
  });
});
