import {
  getNamedType,
  GraphQLError,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { EntityManager } from '@mikro-orm/core';
import { MAX_PLANNED_KEYS, objectSql, type PlannedEntry, type PlannedSelection, type PlannedType } from '../database/json-plan.js';
import { batchedRead } from '../database/statement-batch.js';
import { currentBudget, isBudgetStop } from '../database/request-budget.js';
import { decodeGlobalId } from './global-id.js';
import { spreadFieldCount } from './compiled-execution.js';
import type { Logger } from '../logging/logger.js';

/**
 * Queries answered by one statement (database/json-plan.ts): `node(id:)` fields whose whole
 * selection is made of planned fields (the domains' PlannedTypes) and `__typename`. An operation
 * is planned once per document; at each execution the ids pick the plan of their types, and one
 * statement returns the answer's JSON. Anything else runs the ordinary way, level by level:
 * arguments on a nested field, directives, a field or type no domain planned, a merged field, an
 * id that does not decode, a type with no plan, more than MAX_PLANNED_LISTS lists nested.
 *
 * The row budget still holds: each object of a planned answer counts as a row read (a list reads
 * at most the budget plus one row), and past the budget the request is refused as a read level
 * by level would be. Lists nest at most twice, so what one statement can bring is bounded by the
 * data (a liaison's replies and theirs), not by a query that walks up and down a thread.
 */
export const MAX_PLANNED_LISTS = 2;

/** at most this many plans (one per combination of the ids' types) per operation */
const MAX_PLANS_PER_OPERATION = 16;

type RootEntry =
  | { key: string; kind: 'typename' }
  /** node(id:): the selection for each planned type the id may name */
  | { key: string; kind: 'node'; id: ValueNode; byType: ReadonlyMap<string, PlannedSelection> };

interface OperationPlan {
  roots: readonly RootEntry[];
  /** the statement, by the ids' types */
  sql: Map<string, string>;
}

/** where the executor finds the request's EntityManager and logger */
export interface PlannedContext {
  em: EntityManager;
  logger: Logger;
}

export class PlannedReads {
  private readonly types: ReadonlyMap<string, PlannedType>;
  private readonly plans = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    types: readonly PlannedType[],
    /** the request's row budget (MAX_ROWS_PER_REQUEST): a list reads at most one row more */
    private readonly maxRows: number,
    /** the field count past which a document is not looked at (a fragment bomb, see compiled-execution.ts) */
    private readonly maxFields: number,
  ) {
    this.types = new Map(types.map((type) => [type.typename, type]));
  }

  /** The answer from one statement, or undefined when the operation (or this execution's ids) cannot be planned. */
  async answer(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null,
    variables: Readonly<Record<string, unknown>>,
    context: PlannedContext,
  ): Promise<ExecutionResult | undefined> {
    if (operation.operation !== 'query') return undefined;
    const plan = this.planFor(document, operation, operationName);
    if (!plan) return undefined;
    const ids: number[] = [];
    const types: string[] = [];
    for (const root of plan.roots) {
      if (root.kind !== 'node') continue;
      const decoded = decodeGlobalId(valueOf(root.id, variables) as string);
      // an id that is not ours says so the ordinary way (a coded error); a type with no plan reads level by level
      if (!decoded || !root.byType.has(decoded.typename)) return undefined;
      ids.push(decoded.id);
      types.push(decoded.typename);
    }
    const key = types.join(',');
    let sql = plan.sql.get(key);
    if (sql === undefined) {
      if (plan.sql.size >= MAX_PLANS_PER_OPERATION) return undefined;
      sql = this.statement(plan, types);
      plan.sql.set(key, sql);
    }
    let data: Record<string, unknown>;
    try {
      const { rows } = await batchedRead(context.em, sql, ids);
      data = (rows[0] as { data: Record<string, unknown> }).data;
    } catch (error) {
      // a stopped request (deadline, client gone) answers with its coded error the ordinary way, at once
      if (!isBudgetStop(error)) context.logger.warn({ err: error }, 'a planned read failed; read level by level instead');
      return undefined;
    }
    const budget = currentBudget();
    if (budget) {
      // the objects under `data` (the statement's one row is counted already)
      budget.addRows(Math.max(0, countObjects(data) - 2));
      // refused as a read level by level would be (request-budgets.ts answers with the budget's error)
      const stopped = budget.error;
      if (stopped) return { data: null, errors: [new GraphQLError(stopped.message, { originalError: stopped })] };
    }
    return { data };
  }

  private statement(plan: OperationPlan, types: readonly string[]): string {
    let aliases = 0;
    const nextAlias = () => `t${aliases++}`;
    let idIndex = 0;
    const pairs = plan.roots.map((root) => {
      if (root.kind === 'typename') return `'${root.key}', 'Query'::text`;
      const type = this.types.get(types[idIndex++])!;
      const alias = nextAlias();
      const object = objectSql(type, alias, root.byType.get(type.typename)!, this.maxRows + 1, nextAlias);
      return `'${root.key}', (select ${object} from ${type.shape.table} ${alias} where ${alias}.id = ?)`;
    });
    return `select json_build_object(${pairs.join(', ')}) as data`;
  }

  private planFor(document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): OperationPlan | null {
    let byName = this.plans.get(document);
    if (!byName) this.plans.set(document, (byName = new Map()));
    const name = operationName ?? '';
    let plan = byName.get(name);
    if (plan === undefined) {
      plan = spreadFieldCount(document, operation, this.maxFields) > this.maxFields ? null : new Planner(this.schema, this.types, document).operation(operation);
      byName.set(name, plan);
    }
    return plan;
  }
}

/** Turns one operation into its plan, or null when any part of it cannot be planned. */
class Planner {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly types: ReadonlyMap<string, PlannedType>,
    document: DocumentNode,
  ) {
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
  }

  operation(operation: OperationDefinitionNode): OperationPlan | null {
    const queryType = this.schema.getQueryType()!;
    const fields = this.collect(operation.selectionSet, queryType);
    if (!fields) return null;
    const roots: RootEntry[] = [];
    for (const field of fields) {
      if (field.name === '__typename') {
        roots.push({ key: field.key, kind: 'typename' });
        continue;
      }
      if (field.name !== 'node' || !field.selectionSet) return null;
      const args = field.node.arguments ?? [];
      if (args.length !== 1 || args[0]!.name.value !== 'id') return null;
      const byType = new Map<string, PlannedSelection>();
      for (const type of this.types.values()) {
        const selection = this.selection(field.selectionSet, this.schema.getType(type.typename) as GraphQLObjectType, type, 0);
        if (selection) byType.set(type.typename, selection);
      }
      if (byType.size === 0) return null;
      roots.push({ key: field.key, kind: 'node', id: args[0]!.value, byType });
    }
    return { roots, sql: new Map() };
  }

  /** what `selectionSet` asks of an object of the planned `type`, or null */
  private selection(selectionSet: SelectionSetNode, objectType: GraphQLObjectType, type: PlannedType, lists: number): PlannedSelection | null {
    const fields = this.collect(selectionSet, objectType);
    if (!fields || fields.length > MAX_PLANNED_KEYS) return null;
    const entries: PlannedEntry[] = [];
    for (const field of fields) {
      if (field.name === '__typename') {
        entries.push({ key: field.key, kind: 'typename', typename: type.typename });
        continue;
      }
      if (field.node.arguments?.length) return null;
      const definition = objectType.getFields()[field.name];
      if (!definition) return null;
      const relation = type.relation(field.name);
      if (!relation) {
        if (field.selectionSet || type.scalarSql(field.name, 't') === undefined) return null;
        entries.push({ key: field.key, kind: 'scalar', field: field.name });
        continue;
      }
      const related = relation.type();
      const fieldType = isNonNullType(definition.type) ? definition.type.ofType : definition.type;
      const named = getNamedType(definition.type);
      // the schema's field must be what the relation says: a list of, or one, object of that type
      if (!field.selectionSet || named.name !== related.typename || !isObjectType(named) || isListType(fieldType) !== relation.list) return null;
      const depth = lists + (relation.list ? 1 : 0);
      if (depth > MAX_PLANNED_LISTS) return null;
      const selection = this.selection(field.selectionSet, named, related, depth);
      if (!selection) return null;
      entries.push({ key: field.key, kind: 'relation', field: field.name, selection });
    }
    return entries;
  }

  /**
   * The fields `selectionSet` selects on an object of `objectType`, fragments that apply spread
   * out, in order; null when a directive, a merge of two fields under one key, or a fragment that
   * cannot be read is met.
   */
  private collect(selectionSet: SelectionSetNode, objectType: GraphQLObjectType): CollectedField[] | null {
    const fields: CollectedField[] = [];
    const seen = new Map<string, CollectedField>();
    const visit = (set: SelectionSetNode): boolean => {
      for (const selection of set.selections) {
        if (selection.directives?.length) return false;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const field = { key, name: selection.name.value, node: selection, selectionSet: selection.selectionSet };
          const earlier = seen.get(key);
          if (earlier) {
            // the same leaf twice (`id` on the node and in its fragment) is one entry; anything else to merge is not planned
            if (earlier.name !== field.name || earlier.selectionSet || field.selectionSet || earlier.node.arguments?.length || field.node.arguments?.length) return false;
            continue;
          }
          seen.set(key, field);
          fields.push(field);
          continue;
        }
        const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : this.fragments.get(selection.name.value)?.typeCondition.name.value;
        const fragmentSet = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : this.fragments.get(selection.name.value)?.selectionSet;
        if (!fragmentSet) return false;
        if (condition !== undefined && !this.applies(condition, objectType)) continue;
        if (!visit(fragmentSet)) return false;
      }
      return true;
    };
    return visit(selectionSet) ? fields : null;
  }

  /** does a fragment on `condition` apply to an object of `objectType`? */
  private applies(condition: string, objectType: GraphQLObjectType): boolean {
    if (condition === objectType.name) return true;
    const type = this.schema.getType(condition);
    return !!type && isAbstractType(type) && this.schema.isSubType(type, objectType);
  }
}

interface CollectedField {
  key: string;
  name: string;
  node: FieldNode;
  selectionSet: SelectionSetNode | undefined;
}

/** an argument's value: a literal, or a variable's value (undefined when not given) */
function valueOf(value: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return value.kind === Kind.STRING ? value.value : undefined;
}

/** the objects of an answer (what a level-by-level read would have read as rows) */
function countObjects(value: unknown): number {
  if (Array.isArray(value)) {
    let count = 0;
    for (const item of value) count += countObjects(item);
    return count;
  }
  if (value === null || typeof value !== 'object') return 0;
  let count = 1;
  for (const key in value) count += countObjects((value as Record<string, unknown>)[key]);
  return count;
}
