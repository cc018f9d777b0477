import { createHash } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import { ErrorCode } from '../platform/errors/app-error.js';
import { rawQuery } from '../platform/database/raw.js';
import { excerptOccursIn, excerptProblem } from '../source/excerpt.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { assertMayLink, assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import type { Snapshot } from '../change/change.entity.js';
import { requireGroup } from '../group/group.service.js';
import { linkedMeeting, requireMeeting, meetingLabel } from '../meeting/meeting.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { Document, DocumentKind } from './document.entity.js';
import { documentGroups, findDocument, requireDocument } from './document.lookup.js';

export { requireDocument } from './document.lookup.js';

const DOCUMENT_KINDS = Object.values(DocumentKind) as string[];

/** A document as the history shows it (not its text), its references named (the API's writes and the import record this shape). */
export interface DocumentSnapshot {
  symbol: string;
  title: string;
  kind: string;
  url: string | null | undefined;
  public: boolean;
  publishedOn: string | null | undefined;
  sourceGroup: string | null;
  meeting: string | null;
}

export function documentSnapshot(d: DocumentSnapshot): Snapshot {
  return {
    symbol: d.symbol,
    title: d.title,
    kind: d.kind,
    url: d.url ?? null,
    public: d.public,
    publishedOn: d.publishedOn ?? null,
    sourceGroup: d.sourceGroup,
    meeting: d.meeting,
  };
}

export const documentHistory: HistorySubject<Document> = {
  async snapshot(w, d) {
    const [group] = await w.groups([d.sourceGroup?.id]);
    return documentSnapshot({
      symbol: d.symbol,
      title: d.title,
      kind: d.kind,
      url: d.url,
      public: d.public,
      publishedOn: d.publishedOn,
      sourceGroup: group?.acronym ?? null,
      meeting: d.meeting ? await meetingLabel(w, d.meeting.id) : null,
    });
  },
  async groupIds(w, d) {
    return (await documentGroups(w, d)).map((g) => g.id);
  },
};

export interface CreateDocumentInputValue {
  symbol: string;
  title: string;
  kind: string;
  url?: string | null;
  public?: boolean | null;
  publishedOn?: string | null;
  text?: string | null;
  sourceGroup?: string | null;
  meeting?: string | null;
  sources?: SourceInputValue[] | null;
}

/**
 * Adds a document to the knowledge base; its symbol must be new. EDITOR: one its group wrote, or
 * one that went to its group's meeting (the meeting must be its group's; then the source group
 * may be any group that submitted it).
 */
export function createDocument(req: WriteRequest, input: CreateDocumentInputValue): Promise<Document> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const sourceGroup = input.sourceGroup != null ? await check.resolve(() => requireGroup(w.loaders.group, input.sourceGroup!, 'sourceGroup')) : null;
    const meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : null;
    // who may write it depends on the groups: judged first whenever they are known
    if (check.ok) assertMayWrite(w.viewer, { what: 'this document', groups: await w.groups([sourceGroup?.id, meeting?.group.id]) });
    if (meeting) assertMayLink(w.viewer, await linkedMeeting(w, meeting, 'meeting'));

    const symbol = check.text('symbol', input.symbol);
    const title = check.text('title', input.title);
    if (!DOCUMENT_KINDS.includes(input.kind)) check.add('kind', `kind must be one of ${DOCUMENT_KINDS.join(', ')}, got "${input.kind.slice(0, 40)}"`);
    const url = check.url('url', input.url);
    const publishedOn = check.date('publishedOn', input.publishedOn);
    const text = check.optionalText('text', input.text, LIMITS.long);
    const sources = await checkSources(w, check, input.sources);
    if (symbol !== '') {
      const taken = await findDocument(w, symbol);
      if (taken) check.add('symbol', `A document with the symbol "${taken.symbol}" exists already`, ErrorCode.CONFLICT);
    }
    check.done();

    const document = w.em.create(Document, {
      symbol,
      title,
      kind: input.kind as DocumentKind,
      url: url ?? null,
      public: input.public ?? true,
      publishedOn: publishedOn ?? null,
      text: text ?? null,
      sourceGroup: sourceGroup ?? null,
      meeting: meeting ?? null,
    } as never);
    w.em.persist(document);
    await w.em.flush();
    await addSources(w, document, sources);
    w.created(document, documentHistory);
    return document;
  });
}

/**
 * An update's history also says whether the text changed: by its length and a digest, as the
 * text itself (up to 50,000 characters) would fill the history; the text is read by the update.
 */
const documentUpdateHistory: HistorySubject<Document> = {
  async snapshot(w, d) {
    const text = d.text == null ? null : `${d.text.length} characters, sha256 ${createHash('sha256').update(d.text).digest('hex').slice(0, 16)}`;
    return { ...(await documentHistory.snapshot(w, d)), text };
  },
  groupIds: documentHistory.groupIds,
};

export interface UpdateDocumentInputValue {
  document: string;
  version: number;
  title?: string | null;
  kind?: string | null;
  url?: string | null;
  public?: boolean | null;
  publishedOn?: string | null;
  text?: string | null;
  sourceGroup?: string | null;
  meeting?: string | null;
}

/**
 * The excerpts the knowledge base quotes from a document must stay verbatim in its text
 * (excerptOccursIn: the rule the sources were accepted by and an import applies): a new text that
 * drops one is refused, naming the first few.
 */
async function checkExcerptsKept(w: Write, check: InputCheck, document: Document, text: string | null): Promise<void> {
  const rows = (await rawQuery(w.em, 'select distinct excerpt from sources where document_id = ? order by excerpt', [document.id])).rows as { excerpt: string }[];
  const lost = rows.filter((r) => !excerptOccursIn(text, r.excerpt));
  for (const r of lost.slice(0, 3)) check.add('text', `The knowledge base quotes an excerpt that ${excerptProblem('the new text', r.excerpt)}`);
  if (lost.length > 3) check.add('text', `…and ${lost.length - 3} more excerpts quoted from ${document.symbol} are not in the new text`);
}

/**
 * Changes the fields given (null clears an optional one); refused with CONFLICT if `version` is
 * stale. The symbol stays: sources, attachments and exports name the document by it. EDITOR: a
 * document of its groups, and still one of its groups' after the change.
 */
export function updateDocument(req: WriteRequest, input: UpdateDocumentInputValue): Promise<Document> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const found = await check.resolve(() => requireDocument(w, input.document, 'document'));
    check.done();
    const document = await w.lockForUpdate(Document, found!.nodeId, 'document');
    assertMayWrite(w.viewer, { what: `the document ${document.symbol}`, groups: await documentGroups(w, document) });
    w.assertVersion(document, input.version, `The document ${document.symbol}`);

    const sourceGroup = input.sourceGroup != null ? await check.resolve(() => requireGroup(w.loaders.group, input.sourceGroup!, 'sourceGroup')) : input.sourceGroup;
    const meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : input.meeting;
    check.done();
    // the document after the change must still be the EDITOR's, and a new meeting one of its groups'
    const groupsAfter = await w.groups([
      sourceGroup !== undefined ? sourceGroup?.id : document.sourceGroup?.id,
      meeting !== undefined ? meeting?.group.id : (document.meeting ? (await w.loaders.meeting.byId.load(document.meeting.id))?.group.id : null),
    ]);
    assertMayWrite(w.viewer, { what: `the document ${document.symbol} as changed`, groups: groupsAfter });
    if (meeting) assertMayLink(w.viewer, await linkedMeeting(w, meeting, 'meeting'));

    for (const field of ['title', 'kind', 'public'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    const title = input.title != null ? check.text('title', input.title) : undefined;
    if (input.kind != null && !DOCUMENT_KINDS.includes(input.kind)) check.add('kind', `kind must be one of ${DOCUMENT_KINDS.join(', ')}, got "${input.kind.slice(0, 40)}"`);
    const url = check.url('url', input.url);
    const publishedOn = check.date('publishedOn', input.publishedOn);
    const text = check.optionalText('text', input.text, LIMITS.long);
    await w.em.populate(document, ['text']);
    // only a text otherwise valid is compared with the excerpts (one problem for a text far too long)
    if (check.ok && text !== undefined && text !== document.text) await checkExcerptsKept(w, check, document, text);
    check.done();

    await w.changing(document, documentUpdateHistory, 'UPDATE');
    if (title !== undefined) document.title = title;
    if (input.kind != null) document.kind = input.kind as DocumentKind;
    if (url !== undefined) document.url = url;
    if (input.public != null) document.public = input.public;
    if (publishedOn !== undefined) document.publishedOn = publishedOn;
    if (text !== undefined) document.text = text;
    if (sourceGroup !== undefined) document.sourceGroup = sourceGroup ? ref(sourceGroup) : null;
    if (meeting !== undefined) document.meeting = meeting ? ref(meeting) : null;
    return document;
  });
}
