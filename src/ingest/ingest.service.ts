import type { EntityManager } from '@mikro-orm/core';
import { extractText, IngestFileError, type FileKind } from './ingest.text.js';
import { applyFacts, heldReports, IngestError, presentFacts, reportOf } from './ingest.apply.js';
import { FACT_KINDS, type ProposedFact } from './ingest.proposal.js';
import { requireViewer } from '../auth/authorization.js';
import type { Credentials, Viewer } from '../auth/viewer.js';
import { ErrorCode } from '../platform/errors/app-error.js';
import { BundleError } from '../bundle/bundle.import.js';
import type { DocumentKind } from '../document/document.entity.js';
import { GroupNames, type KnownGroup } from './ingest.groups.js';
import { draftFacts } from './ingest.rules.js';
import type { Proposal } from './ingest.proposal.js';
import type { BundleFormat } from '../bundle/bundle.format.js';

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

/** only the roles that write for every group may ingest: a draft's facts span groups */
function requireIngester(credentials: Credentials): Viewer {
  const viewer = requireViewer(credentials);
  if (viewer.role !== 'ADMIN' && viewer.role !== 'SECRETARIAT') {
    throw new IngestError(ErrorCode.FORBIDDEN, `Only a SECRETARIAT or ADMIN token may ingest documents; "${viewer.label}" is ${viewer.role}.`);
  }
  return viewer;
}

function decode(file: { fileName: string; content: string }): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.content)) throw new IngestError(ErrorCode.BAD_USER_INPUT, 'is not base64', 'file.content');
  return Buffer.from(file.content, 'base64');
}

async function read(em: EntityManager, file: { fileName: string; content: string }): Promise<IngestedFile> {
  try {
    return await ingestFile(file.fileName, decode(file), await knownGroups(em));
  } catch (error) {
    if (error instanceof IngestFileError) throw new IngestError(ErrorCode.BAD_USER_INPUT, `${error.message} (${error.problem})`, 'file');
    throw error;
  }
}

/** the draft of a file: its text and the facts it proposes, marked when the graph holds them */
export async function draftFromFile(ctx: Credentials & { em: EntityManager }, file: { fileName: string; content: string }) {
  requireIngester(ctx);
  const { kind, text, proposal } = await read(ctx.em, file);
  const present = await presentFacts(ctx.em, proposal.facts);
  // a milestone shows the report it would be added to, which the reviewer may change
  const reports = await heldReports(ctx.em);
  for (const fact of proposal.facts) {
    if (fact.kind === 'milestone') {
      const report = reportOf(fact, reports);
      if (report) fact.reportKey = report.key;
    }
  }
  return {
    fileKind: kind,
    text,
    facts: proposal.facts.map((fact) => ({ kind: fact.kind, key: fact.key, present: present.has(`${fact.kind}:${fact.key}`), values: fact, sources: fact.sources })),
  };
}

/** the reviewed facts as the rules' facts: kind, key and sources checked here, the rest by the importer */
function reviewed(facts: readonly Record<string, unknown>[]): ProposedFact[] {
  return facts.map((fact, i) => {
    const kinds: readonly string[] = FACT_KINDS;
    if (typeof fact.kind !== 'string' || !kinds.includes(fact.kind)) throw new IngestError(ErrorCode.BAD_USER_INPUT, `kind must be one of ${FACT_KINDS.join(', ')}`, `facts[${i}].kind`);
    if (typeof fact.key !== 'string' || !fact.key) throw new IngestError(ErrorCode.BAD_USER_INPUT, 'key is missing', `facts[${i}].key`);
    const sources = fact.sources;
    if (!Array.isArray(sources) || sources.some((s) => typeof (s as { excerpt?: unknown })?.excerpt !== 'string')) {
      throw new IngestError(ErrorCode.BAD_USER_INPUT, 'sources must be a list of { excerpt, note }', `facts[${i}].sources`);
    }
    return fact as unknown as ProposedFact;
  });
}

/** stores the document and writes the accepted facts, in one transaction */
export async function applyReviewedFacts(
  ctx: Credentials & { em: EntityManager; bundle: BundleFormat },
  input: { file: { fileName: string; content: string }; document: { symbol: string; title: string; kind: string; public?: boolean | null; sourceGroup?: string | null }; facts: Record<string, unknown>[] },
) {
  const viewer = requireIngester(ctx);
  const { text } = await read(ctx.em, input.file);
  const facts = reviewed(input.facts);
  const document = {
    symbol: input.document.symbol,
    title: input.document.title,
    kind: input.document.kind as DocumentKind,
    public: input.document.public ?? true,
    text,
    ...(input.document.sourceGroup ? { sourceGroup: input.document.sourceGroup } : {}),
  };
  try {
    const summary = await applyFacts(ctx.bundle, ctx.em, document, facts, viewer.label);
    return { created: summary.created, skipped: summary.skipped };
  } catch (error) {
    // the importer names the record and field at fault: the reviewer's input
    if (error instanceof BundleError) throw new IngestError(ErrorCode.BAD_USER_INPUT, error.message, 'facts');
    throw error;
  }
}
