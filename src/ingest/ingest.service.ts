import type { EntityManager } from '@mikro-orm/core';
import { extractText, type FileKind } from './ingest.text.js';
import { GroupNames, type KnownGroup } from './ingest.groups.js';
import { draftFacts } from './ingest.rules.js';
import type { Proposal } from './ingest.proposal.js';

/** a file read and drafted: its text (as the citations quote it) and the facts it proposes */
export interface IngestedFile {
  kind: FileKind;
  text: string;
  proposal: Proposal;
}

/** The groups the graph holds, as the rules look them up (acronym, name, aliases). */
export async function knownGroups(em: EntityManager): Promise<KnownGroup[]> {
  type Row = { acronym: string; name: string; aliases: string[] | null; kind: string };
  const rows: Row[] = await em.getConnection().execute('select acronym, name, aliases, kind from groups order by acronym');
  return rows.map((row) => ({ acronym: row.acronym, name: row.name, aliases: row.aliases ?? [], kind: row.kind }));
}

/**
 * Reads a file and drafts what it states. Nothing is written: the proposal is for a person to
 * review. The graph's secretariat is proposed for tasks the text gives no one.
 */
export async function ingestFile(
  name: string,
  bytes: Uint8Array,
  groups: readonly KnownGroup[],
): Promise<IngestedFile> {
  const { kind, text } = await extractText(name, bytes);
  const secretariat = groups.find((g) => g.kind === 'SECRETARIAT')?.acronym ?? null;
  return { kind, text, proposal: draftFacts(text, { groups: new GroupNames(groups), defaultAssignee: secretariat }) };
}
