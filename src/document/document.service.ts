import { ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { assertMayLink, assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type WriteRequest } from '../change/change.write.js';
import { requireGroup } from '../group/group.service.js';
import { linkedMeeting, requireMeeting, meetingLabel } from '../meeting/meeting.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { Document, DocumentKind } from './document.entity.js';
import type { Snapshot } from '../change/change.entity.js';
import { documentGroups, findDocument } from './document.lookup.js';

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
