/**
 * A few thousand generated bad inputs against the real server: wrong types, huge strings,
 * unicode, nulls, unknown enum values, negative and huge page sizes, malformed ids and cursors,
 * broken query text, malformed JSON bodies and odd HTTP. The operations are generated from
 * schema/schema.graphql, so every root field and every field argument of every Node type is
 * covered, new ones included. Asserted: no 5xx, every error carries a code from the closed list
 * (and none is INTERNAL_SERVER_ERROR: bad input is never "our fault"), no stack trace leaks,
 * and the server still answers afterwards. The counts of inputs and outcomes are printed.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/platform/errors/app-error.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
});
afterAll(() => t?.stop());

// ---- a seeded random source, so a failure can be replayed -------------------------------------
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number) => random() < p;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

// ---- pools of bad values ------------------------------------------------------------------------
const HUGE = 'x'.repeat(60_000);
const UNICODE = ['💥🧨', 'ＣＷＧ－ＣＯＰ', 'مرحبا', '\u202Eevil\u202C', 'a\u0000b', '\uD800', '\uFEFF', 'e\u0301', '\u200B', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'Z̴̡̛a̷l̶g̸o̵'];
const STRINGS = ['', ' ', HUGE, ...UNICODE, '%', '_', '\\', "'; drop table groups; --", '" or "1"="1', '${x}', '\r\n', 'null', 'undefined', '<script>alert(1)</script>', 'a'.repeat(1000)];
const INTS = [-1, 0, 101, 1000, -2147483649, 2147483648, 2 ** 53 + 1, 1e308, -0.5, 1.5, 3.0000001];
const IDS = [
  '', 'abc', '!!!', '====', 'R3JvdXA6MQ==', b64('Group:0'), b64('Group:-1'), b64('Group:99999999999'), b64('Group:2147483648'), b64('Nope:1'),
  b64('group:1'), b64('Group:1:2'), b64('Group:01'), b64(''), b64('Topic:1e3'), b64('💥:1'), 'a'.repeat(101), HUGE,
];
const CURSORS = ['', 'abc', '!!', b64('offset:-1'), b64('offset:99999999'), b64('offset:1e3'), b64('offset:'), b64('offset:1 '), b64('nope:1'), 'b2Zmc2V0OjE=', 'a'.repeat(65), HUGE];
const DATES = ['2025-13-45', '2025-02-30', 'yesterday', '0000-00-00', '99999-01-01', '2025-1-1', '', '2025-02-12T10:00:00Z'];
const ANY: unknown[] = [null, true, false, 0, -1, 1.5, '', 'x', [], [null], [[1]], {}, { a: 1 }, HUGE, ...UNICODE.slice(0, 3)];

/** a value of the wrong kind, or a malformed one of the right kind, for an input type */
function badValue(type: GraphQLInputType, argName: string, depth = 0): unknown {
  if (chance(0.1)) return pick(ANY);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const r = random();
    if (r < 0.2) return badValue(nullable.ofType, argName, depth + 1); // a single value where a list is expected
    if (r < 0.3) return Array.from({ length: 1000 + Math.floor(random() * 2000) }, () => pick(IDS.slice(0, 10)));
    if (r < 0.4) return [null, null];
    if (r < 0.5) return [[badValue(nullable.ofType, argName, depth + 1)]];
    return Array.from({ length: 1 + Math.floor(random() * 5) }, () => badValue(nullable.ofType, argName, depth + 1));
  }
  if (isEnumType(nullable)) {
    return pick(['NOT_A_VALUE', '', 1, true, nullable.getValues()[0].name.toLowerCase(), `${nullable.getValues()[0].name} `, HUGE.slice(0, 5000)]);
  }
  if (isInputObjectType(nullable)) {
    if (depth > 2 || chance(0.2)) return pick(['x', 1, [], null, { unknownField: 1 }]);
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) if (chance(0.6)) out[field.name] = badValue(field.type, field.name, depth + 1);
    if (chance(0.3)) out.noSuchField = 'x';
    return out;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return chance(0.8) ? pick(INTS) : pick(['10', '', true, null, [10]]);
      case 'Float':
        return pick([...INTS, 'NaN', 'Infinity', '1e999']);
      case 'Boolean':
        return pick(['true', 1, 0, 'yes', null, []]);
      case 'ID':
        return chance(0.85) ? pick(IDS) : pick([1, 1.5, -1, true, null]);
      case 'Date':
      case 'DateTime':
        return chance(0.8) ? pick(DATES) : pick([0, 1700000000000, true]);
      default:
        if (/after|before|cursor/i.test(argName)) return pick(CURSORS);
        return chance(0.85) ? pick(STRINGS) : pick([1, 2.5, true, null, ['x'], { x: 1 }]);
    }
  }
  return pick(ANY);
}

/** a plausible value, so some requests reach the resolvers and the database with odd-but-legal input */
function plausibleValue(type: GraphQLInputType, argName: string, typename?: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausibleValue(nullable.ofType, argName, typename)];
  if (isEnumType(nullable)) return pick(nullable.getValues()).name;
  if (isInputObjectType(nullable)) return {};
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return 1 + Math.floor(random() * 100);
      case 'Boolean':
        return chance(0.5);
      case 'ID':
        return b64(`${typename ?? pick(['Group', 'Meeting', 'Topic', 'Document'])}:${1 + Math.floor(random() * 12)}`);
      case 'Date':
        return '2025-02-12';
      case 'DateTime':
        return '2025-02-12T10:00:00.000Z';
      default:
        if (/after/i.test(argName)) return b64(`offset:${Math.floor(random() * 30)}`);
        return pick(['CWG-COP', 'SG2 Q3/2', 'q3/2', 'age verification', 'Secretariat', ...UNICODE]);
    }
  }
  return null;
}

/** a small selection for a field's type, so the query is valid when its arguments are */
function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isObjectType(named)) {
    const fields = named.getFields();
    if ('edges' in fields) return '{ totalCount edges { cursor node { __typename } } pageInfo { hasNextPage endCursor } }';
    return 'id' in fields ? '{ __typename id }' : '{ __typename }';
  }
  if (isInterfaceType(named) || isUnionType(named)) return '{ __typename }';
  return '';
}

interface Input {
  kind: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  headers?: Record<string, string>;
  body?: string | Buffer;
  search?: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const graphql = (kind: string, query: string, variables?: unknown, extra: object = {}): Input => ({
  kind,
  method: 'POST',
  headers: JSON_HEADERS,
  body: JSON.stringify({ query, variables, ...extra }),
});

// ---- the inputs ---------------------------------------------------------------------------------
const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));

function operationFor(field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[], wrap?: { typename: string }) {
  const definitions = args.map((a, i) => `$v${i}: ${String(a.type)}`);
  const call = `${field.name}${args.length ? `(${args.map((a, i) => `${a.name}: $v${i}`).join(', ')})` : ''} ${selectionFor(field.type)}`;
  if (!wrap) return `query Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${call} }`;
  return `query Fuzz($id: ID!${definitions.length ? `, ${definitions.join(', ')}` : ''}) { node(id: $id) { ... on ${wrap.typename} { ${call} } } }`;
}

function variablesFor(args: readonly GraphQLArgument[], typename?: string) {
  const variables: Record<string, unknown> = {};
  args.forEach((a, i) => {
    const r = random();
    if (r < 0.7) variables[`v${i}`] = badValue(a.type, a.name);
    else if (r < 0.85) variables[`v${i}`] = plausibleValue(a.type, a.name, typename);
    else if (!isNonNullType(a.type) || chance(0.5)) return; // omitted (required ones sometimes, too)
  });
  return variables;
}

function schemaInputs(): Input[] {
  const inputs: Input[] = [];
  const rootFields = Object.values(schema.getQueryType()!.getFields());
  for (const field of rootFields) {
    const rounds = field.args.length ? 100 : 5;
    for (let i = 0; i < rounds; i++) inputs.push(graphql(`vars:${field.name}`, operationFor(field, field.args), variablesFor(field.args)));
  }
  // every field with arguments on every Node type, reached through node(id:)
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      for (let i = 0; i < 30; i++) {
        const variables = { id: chance(0.8) ? b64(`${type.name}:${1 + Math.floor(random() * 3)}`) : badValue(schema.getType('ID') as GraphQLInputType, 'id'), ...variablesFor(field.args, type.name) };
        inputs.push(graphql(`vars:${type.name}.${field.name}`, operationFor(field, field.args, { typename: type.name }), variables));
      }
    }
  }
  return inputs;
}

const LITERALS = ['-1', '0', '101', '99999999999999999999', '1.5', '"x"', 'null', 'true', 'NOT_AN_ENUM', '[1, 2]', '{ a: 1 }', '$undefined', '"\\u00"', `"${'y'.repeat(3000)}"`, '""', '"💥"'];

function literalInputs(): Input[] {
  const inputs: Input[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (!field.args.length) continue;
    for (let i = 0; i < 50; i++) {
      const args = field.args.map((a) => `${a.name}: ${pick(LITERALS)}`).join(', ');
      inputs.push(graphql(`literal:${field.name}`, `{ ${field.name}(${args}) ${selectionFor(field.type)} }`));
    }
  }
  return inputs;
}

const TOKENS = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '...', '!', '=', '|', '&', 'query', 'mutation', 'subscription', 'fragment', 'on', 'groups', 'group', 'node', 'edges', 'first', 'id', '__typename', '__schema', '"str"', '"unterminated', '"""block"""', '"\\u12"', '1', '01', '1e', '.5', '-', '#c\n', '\u0000', '\uFEFF', 'ñame', '💥', ','];

function documentInputs(): Input[] {
  const inputs: Input[] = [];
  for (let i = 0; i < 800; i++) {
    const soup = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pick(TOKENS)).join(chance(0.5) ? ' ' : '');
    inputs.push(graphql('document:soup', soup));
  }
  const fixed = [
    'mutation { groups { totalCount } }',
    'subscription { groups { totalCount } }',
    'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
    '{ ...Missing }',
    'query A { __typename } query A { __typename }',
    '{ __typename } query B { __typename }',
    'query($x: Int) { __typename }',
    '{ groups(first: $nope) { totalCount } }',
    '{ __typename @nope }',
    '{ __typename @skip(if: "yes") }',
    '{ groups { totalCount(first: 1) } }',
    '{ groups }',
    '{ group(acronym: "CWG-COP") }',
    '{ node(id: "x") { id ... on NoSuchType { id } } }',
    '{ node(id: "x") { ... on Group { nope } } }',
    '{ __type(name: "Group") { fields { name args { name } } } }',
    `{ ${'group(acronym: "x") { acronym } '.repeat(3)} }`,
    '',
    ' ',
    '#only a comment',
    '{'.repeat(1000),
    `{ ${'a: __typename '.repeat(200)} }`,
    '{ groups(first: 100) { edges { node { meetings(first: 100) { edges { node { documents(first: 100) { totalCount } } } } } } } }',
  ];
  for (const query of fixed) {
    inputs.push(graphql('document:fixed', query));
    inputs.push(graphql('document:fixed', query, undefined, { operationName: pick(['A', 'B', 'Nope', '', 1, null, {}]) }));
  }
  return inputs;
}

function httpInputs(): Input[] {
  const raw = (kind: string, body: string | Buffer, headers: Record<string, string> = JSON_HEADERS): Input => ({ kind, method: 'POST', headers, body });
  const valid = JSON.stringify({ query: '{ __typename }' });
  const bodies = [
    '', '{', '{"query": ', 'null', 'true', '1', '"str"', '[]', '[1]', '{}', '[{}]', '[[]]',
    '{"query": null}', '{"query": 1}', '{"query": {}}', '{"query": []}', '{"query": true}',
    '{"query":"{__typename}","variables":"x"}', '{"query":"{__typename}","variables":[]}', '{"query":"{__typename}","variables":1}',
    '{"query":"{__typename}","operationName":1}', '{"query":"{__typename}","operationName":{}}',
    '{"query":"{__typename}","extensions":"x"}', '{"query":"{__typename}","extensions":{"persistedQuery":1}}',
    '{"query":"{__typename}","extensions":{"persistedQuery":{"version":2,"sha256Hash":"x"}}}',
    '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
    `${valid}garbage`, "{'query': '{__typename}'}", '{"query":"{__typename}" /* c */}', '{"query": NaN}', '{"query":"{__typename}","query":"{nope}"}',
    '{"query":"\\ud800"}', '{"query":"\\u0000"}', `{"query":"${'\\\\'.repeat(5000)}"}`, '{"a":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}',
    '['.repeat(30_000), `{"query":"{ __typename }","variables":{"a":${'{"b":'.repeat(1000)}1${'}'.repeat(1000)}}}`,
    JSON.stringify({ query: '{ __typename }', variables: { big: HUGE } }),
    '\uFEFF' + valid, ' \n\t' + valid,
  ];
  const inputs = bodies.map((b) => raw('http:body', b));
  inputs.push(raw('http:body', Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])));
  inputs.push(raw('http:body', Buffer.concat([Buffer.from('{"query":"{ group(acronym: \\"'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('\\") { acronym } }"}')])));
  inputs.push(raw('http:body', '{"query": "' + 'x'.repeat(120_000) + '"}')); // over 100 kB
  const contentTypes = [
    {}, { 'content-type': 'text/plain' }, { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
    { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'multipart/form-data; boundary=x' },
    { 'content-type': 'application/graphql' }, { 'content-type': 'application/json; charset=utf-16' },
    { 'content-type': 'application/json; charset=latin1' }, { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    { 'content-type': 'application/json', 'content-encoding': 'br' }, { 'content-type': 'application/json', 'content-encoding': 'x-unknown' },
    { 'content-type': 'application/json', authorization: 'Bearer ' + 'z'.repeat(4000) }, { 'content-type': 'application/json', authorization: '' },
    { 'content-type': 'application/json', 'x-request-id': '../../etc/passwd' }, { 'content-type': 'application/json', 'x-request-id': 'a'.repeat(500) },
    { 'content-type': 'application/json', accept: 'text/html' }, { 'content-type': 'application/json', accept: 'multipart/mixed' },
    { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  ];
  for (const headers of contentTypes) inputs.push(raw('http:headers', valid, headers as Record<string, string>));
  inputs.push(raw('http:body', zlib.gzipSync('{"query": ') , { 'content-type': 'application/json', 'content-encoding': 'gzip' }));
  inputs.push(raw('http:body', zlib.gzipSync(Buffer.alloc(5_000_000, 32)), { 'content-type': 'application/json', 'content-encoding': 'gzip' })); // a zip bomb: 5 MB of spaces
  for (const method of ['PUT', 'DELETE', 'PATCH'] as const) inputs.push({ kind: 'http:method', method, headers: JSON_HEADERS, body: valid });
  const searches = [
    '', '?query=', '?query={__typename}&query={__typename}', '?query={__typename}&variables=notjson', '?query={__typename}&extensions=notjson',
    '?query=mutation{__typename}', '?query=%E0%A4%A', '?query=' + encodeURIComponent('{ groups(first: -1) { totalCount } }'),
    '?variables={}', '?query[]=x', '?query[a]=b', '?' + 'a=1&'.repeat(2000),
  ];
  for (const search of searches) {
    inputs.push({ kind: 'http:get', method: 'GET', search, headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    inputs.push({ kind: 'http:get', method: 'GET', search, headers: { accept: 'application/json' } });
  }
  return inputs;
}

async function send(input: Input) {
  const res = await fetch(`${t.url}/graphql${input.search ?? ''}`, {
    method: input.method,
    headers: input.headers,
    body: typeof input.body === 'string' || input.body === undefined ? input.body : new Uint8Array(input.body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

describe('fuzzing the API with bad input', () => {
  it('never answers 5xx, codes every error from the closed list, and keeps answering', async () => {
    const inputs = [...schemaInputs(), ...literalInputs(), ...documentInputs(), ...httpInputs()];
    expect(inputs.length).toBeGreaterThan(2000);
    const outcomes = new Map<string, number>();
    const byKind = new Map<string, number>();
    const problems: string[] = [];
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < inputs.length) {
        const input = inputs[next++];
        const kind = input.kind.split(':')[0];
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        const { status, text, json } = await send(input);
        const errors: { extensions?: { code?: string } }[] = json?.errors ?? [];
        const codes = [...new Set(errors.map((e) => e.extensions?.code ?? 'NO CODE'))].sort();
        const outcome = `${status} ${codes.length ? codes.join('+') : json?.data !== undefined ? 'data' : 'no errors'}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        const describe = () => `${input.kind} ${String(input.body ?? input.search).slice(0, 300)} -> ${status} ${text.slice(0, 300)}`;
        if (status >= 500) problems.push(`5xx: ${describe()}`);
        if (json === undefined) problems.push(`not JSON: ${describe()}`);
        if (status >= 400 && errors.length === 0) problems.push(`error status without errors: ${describe()}`);
        for (const code of codes) {
          if (!(ERROR_CODES as readonly string[]).includes(code)) problems.push(`code ${code} not in the list: ${describe()}`);
          if (code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error on bad input: ${describe()}`);
        }
        if (/\.ts:\d+|node_modules|\n\s+at /.test(text)) problems.push(`stack trace leaked: ${describe()}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const seconds = (performance.now() - started) / 1000;

    const table = [...outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `  ${String(n).padStart(5)}  ${outcome}`);
    console.log(
      `[fuzz] ${t.database}, seed ${SEED}: ${inputs.length} inputs (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}) in ${seconds.toFixed(1)} s\n` +
        `[fuzz] outcomes (status, codes):\n${table.join('\n')}`,
    );
    expect(problems.slice(0, 20)).toEqual([]);

    // still answering, and correctly
    const after = await t.post({ query: '{ groups(first: 3) { totalCount } }' });
    expect(after.json).toMatchObject({ data: { groups: { totalCount: 9 } } });
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  }, 120_000);
});
