import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `name` directly (through inline fragments and named
 * fragments too): e.g. a connection field asks for `totalCount`, so the resolver counts only then.
 * Directives (@include/@skip) are not evaluated: a field they may drop counts as selected.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node: FieldNode) => setSelects(node.selectionSet, name, info.fragments, new Set()));
}

function setSelects(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  if (!set) return false;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      if (selection.name.value === name) return true;
    } else if (selection.kind === 'InlineFragment') {
      if (setSelects(selection.selectionSet, name, fragments, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment && setSelects(fragment.selectionSet, name, fragments, seen)) return true;
    }
  }
  return false;
}
