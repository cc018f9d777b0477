import { HistoryOfDocument, type ChangeFieldsFragment } from '../graphql/generated.js';
import type { TestApp } from './test-app.js';

/** The recorded changes of an object (oldest first) and its version, read through the API. */
export async function historyOf(t: TestApp, id: string, first = 100): Promise<{ version: number; totalCount: number; changes: ChangeFieldsFragment[] }> {
  const res = await t.graphql(HistoryOfDocument, { id, first });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const node = res.data?.node;
  if (!node || !('history' in node)) throw new Error(`${id} is not an editable object`);
  return { version: node.version, totalCount: node.history.totalCount, changes: node.history.edges.map((e) => e.node) };
}
