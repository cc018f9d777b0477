import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * What the query asks of the field being resolved, read from the document before any of it runs:
 * e.g. a connection field asks for `totalCount`, so the resolver counts only then; a by-id read
 * asks for a liaison's replies, so their rows are read in the liaison's own round trip.
 * Inline and named fragments are looked through whatever their type condition, and directives
 * (@include/@skip) are not evaluated: a field they may drop counts as selected. So what is read
 * ahead depends on the query's shape only, never on the data.
 */
export class Selection {
  /** the fields selected directly, once looked up */
  private children?: FieldNode[];

  private constructor(
    private readonly nodes: readonly FieldNode[],
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  /**
   * The selection of the field being resolved. A list's items share their fields' nodes (the
   * executor collects them once per list), so the selection of toGroups is read once for the
   * 200 liaisons of a dashboard, not once for each.
   */
  static of(info: GraphQLResolveInfo): Selection {
    let selection = ofFieldNodes.get(info.fieldNodes);
    if (!selection) ofFieldNodes.set(info.fieldNodes, (selection = new Selection(info.fieldNodes, info.fragments)));
    return selection;
  }

  /** the field selects `name` directly */
  has(name: string): boolean {
    return this.field(name).nodes.length > 0;
  }

  /** the names of the fields selected directly, fragments looked through (repeats possible) */
  fieldNames(): string[] {
    return this.childFields().map((node) => node.name.value);
  }

  /** the selection of the child field `name` (nothing selected when the field is not asked for) */
  field(name: string): Selection {
    return new Selection(
      this.childFields().filter((node) => node.name.value === name),
      this.fragments,
    );
  }

  /** the fields selected directly, in every node of this field, inline and named fragments looked through */
  private childFields(): FieldNode[] {
    if (this.children) return this.children;
    const found: FieldNode[] = [];
    for (const node of this.nodes) collect(node.selectionSet, this.fragments, new Set(), found);
    return (this.children = found);
  }
}

/** selections by the field nodes they read (nodes of one document, with that document's fragments) */
const ofFieldNodes = new WeakMap<readonly FieldNode[], Selection>();

/** Whether the field being resolved selects `name` directly (see Selection). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return Selection.of(info).has(name);
}

function collect(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>, found: FieldNode[]): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') found.push(selection);
    else if (selection.kind === 'InlineFragment') collect(selection.selectionSet, fragments, seen, found);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, seen, found);
    }
  }
}
