/**
 * Generates schema/bundle.schema.json (JSON Schema 2020-12) from src/bundle/bundle.types.ts
 * (`npm run bundle:schema`), or with --check fails when the committed file is stale. The file is
 * for partners producing bundles with their own tools; the importer validates every bundle
 * against it (src/bundle/bundle.validate.ts).
 *
 * It reads the declarations with the TypeScript compiler API and knows only the constructs that
 * file uses (interfaces, string-literal unions — its own, or an entity's closed value set it
 * imports, read through the type checker — aliases of string, arrays, inline object types,
 * `typeof` a numeric constant, Record<string, unknown>): anything else stops it with a message,
 * so the format cannot grow a field the schema does not describe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { LIMITS, type LimitName } from '../src/platform/errors/input-check.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES_FILE = path.join(ROOT, 'src', 'bundle', 'bundle.types.ts');
export const SCHEMA_FILE = path.join(ROOT, 'schema', 'bundle.schema.json');
export const SCHEMA_ID = 'https://liaison-graph.example/schema/bundle.schema.json';

type Json = Record<string, unknown>;

/** the declaration's JSDoc: text as description, tags as constraints */
function docOf(node: ts.Node): { description?: string; tags: Map<string, string> } {
  const tags = new Map<string, string>();
  let description: string | undefined;
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(doc)) continue;
    const text = ts.getTextOfJSDocComment(doc.comment)?.trim();
    if (text) description = text.replace(/\s*\n\s*/g, ' ');
    for (const tag of doc.tags ?? []) tags.set(tag.tagName.text, (ts.getTextOfJSDocComment(tag.comment) ?? '').trim());
  }
  return { description, tags };
}

/** `@limit long`: the API's size limit of that name (src/platform/errors/input-check.ts), as maxLength */
function limit(tags: Map<string, string>): number | undefined {
  const name = tags.get('limit');
  if (name === undefined) return undefined;
  if (!(name in LIMITS) || name === 'list') throw new Error(`bundle-schema: @limit ${name} is not one of the LIMITS of input-check.ts`);
  return LIMITS[name as LimitName];
}

function constraints(tags: Map<string, string>): Json {
  const out: Json = {};
  const max = limit(tags);
  if (max !== undefined) out.maxLength = max;
  if (tags.has('pattern')) out.pattern = tags.get('pattern');
  if (tags.has('format')) out.format = tags.get('format');
  for (const name of ['minimum', 'minLength', 'minItems']) {
    if (tags.has(name)) out[name] = Number(tags.get(name));
  }
  return out;
}

export function generateBundleSchema(): Json {
  // the file and the modules it imports its value sets from, and nothing further (not the ORM's
  // typings the entity files import): what the generator reads needs no more, and it stays quick
  const imported = ts.createSourceFile(TYPES_FILE, fs.readFileSync(TYPES_FILE, 'utf8'), ts.ScriptTarget.ES2022).statements
    .filter(ts.isImportDeclaration)
    .map((i) => path.resolve(path.dirname(TYPES_FILE), (i.moduleSpecifier as ts.StringLiteral).text.replace(/\.js$/, '.ts')));
  const program = ts.createProgram([TYPES_FILE, ...imported], { strict: true, target: ts.ScriptTarget.ES2022, noResolve: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES_FILE)!;
  const declarations = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) declarations.set(node.name.text, node);
  });
  const defs: Record<string, Json> = {};

  /** the values of `export const X = { A: 'A', … } as const` beside `type X`, in their order */
  function declaredOrder(at: ts.Node): string[] {
    if (!ts.isTypeReferenceNode(at)) return [];
    let symbol = checker.getSymbolAtLocation(at.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    for (const declaration of symbol?.declarations ?? []) {
      if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) continue;
      let value: ts.Expression = declaration.initializer;
      while (ts.isAsExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
      if (!ts.isObjectLiteralExpression(value)) continue;
      return value.properties.flatMap((p) => (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer) ? [p.initializer.text] : []));
    }
    return [];
  }

  const fail = (node: ts.Node, what: string): never => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`bundle-schema: ${what} at bundle.types.ts:${line + 1} is not supported; extend scripts/bundle-schema.ts`);
  };

  /** a named declaration, as a $ref to its definition (built once) */
  function named(name: string, at: ts.Node): Json {
    const declaration = declarations.get(name);
    if (!declaration) {
      // an imported type: one of the entities' closed value sets, a union of string literals
      if (!(name in defs)) {
        const type = checker.getTypeAtLocation(at);
        const values = type.isUnion() ? type.types.map((t) => (t.isStringLiteral() ? t.value : undefined)) : [];
        if (values.length === 0 || values.some((v) => v === undefined)) return fail(at, `the imported type ${name} (only unions of string literals are)`);
        // in the order the entity lists them (the const object of the same name), not the checker's
        const order = declaredOrder(at);
        defs[name] = { type: 'string', enum: [...values].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)) };
      }
      return { $ref: `#/$defs/${name}` };
    }
    if (!(name in defs)) {
      defs[name] = {};
      const { description, tags } = docOf(declaration);
      const body = ts.isInterfaceDeclaration(declaration) ? objectOf(declaration.members, declaration) : schemaOf(declaration.type);
      defs[name] = { ...(description ? { description } : {}), ...body, ...constraints(tags) };
    }
    return { $ref: `#/$defs/${name}` };
  }

  function objectOf(members: ts.NodeArray<ts.TypeElement>, at: ts.Node): Json {
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isIdentifier(member.name)) return fail(at, 'a member that is not a plain property');
      const { description, tags } = docOf(member);
      if (tags.has('internal')) continue;
      const name = member.name.text;
      const schema = schemaOf(member.type);
      const extra = constraints(tags);
      // a limit on a list of texts is the limit of each text
      if (schema.type === 'array' && extra.maxLength !== undefined) {
        schema.items = { ...(schema.items as Json), maxLength: extra.maxLength };
        delete extra.maxLength;
      }
      // JSON Schema 2020-12 lets a $ref sit beside a description and constraints: all of them apply
      properties[name] = { ...(description ? { description } : {}), ...schema, ...extra };
      if (!member.questionToken) required.push(name);
    }
    return { type: 'object', properties, required, additionalProperties: false };
  }

  function schemaOf(node: ts.TypeNode): Json {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        // every number in a bundle is a count or an ordinal
        return { type: 'integer' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { const: node.literal.text };
    if (ts.isUnionTypeNode(node)) {
      const values = node.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : fail(t, 'a union member that is not a string literal')));
      return { type: 'string', enum: values };
    }
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: schemaOf(node.elementType) };
    if (ts.isTypeLiteralNode(node)) return objectOf(node.members, node);
    if (ts.isTypeQueryNode(node)) {
      const type = checker.getTypeAtLocation(node);
      if (!type.isNumberLiteral()) return fail(node, '`typeof` of something other than a numeric constant');
      return { const: type.value };
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === 'Record') {
        const [key, value] = node.typeArguments ?? [];
        if (key?.kind !== ts.SyntaxKind.StringKeyword || value?.kind !== ts.SyntaxKind.UnknownKeyword) return fail(node, 'a Record other than Record<string, unknown>');
        return { type: 'object' };
      }
      return named(name, node);
    }
    return fail(node, `the type syntax ${ts.SyntaxKind[node.kind]}`);
  }

  named('Bundle', source);
  const bundle = defs.Bundle;
  delete defs.Bundle;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Liaison Graph knowledge-base bundle',
    ...bundle,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

export function bundleSchemaText(): string {
  return `${JSON.stringify(generateBundleSchema(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = bundleSchemaText();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== text) {
      console.error('schema/bundle.schema.json is stale: run `npm run bundle:schema` and commit the change.');
      process.exit(1);
    }
    console.log('schema/bundle.schema.json is up to date');
  } else {
    fs.writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  }
}
