/**
 * A partner's page: one group's open follow-ups (its open action items and the replies it owes),
 * read from a Liaison Graph server and kept up to date by its live updates. Plain TypeScript,
 * typed by GraphQL Code Generator from the server's schema (see README.md); copy it and change
 * the markup.
 */
import { createClient } from 'graphql-ws';
import {
  PartnerFollowUpDocument,
  PartnerItemChangedDocument,
  PartnerLiaisonChangedDocument,
  type PartnerFollowUpQuery,
  type TypedDocumentString,
} from './generated.js';

/** the server: <meta name="liaison-graph" content="https://…"> in the page */
const SERVER = document.querySelector<HTMLMetaElement>('meta[name="liaison-graph"]')?.content ?? location.origin;
/** the group, as an acronym or alias: ?group=CWG-COP */
const GROUP = new URLSearchParams(location.search).get('group') ?? 'CWG-COP';

type FollowUp = NonNullable<PartnerFollowUpQuery['group']>;

/** one query over HTTP (reads need no token); a GraphQL error carries a code in extensions.code */
async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await fetch(`${SERVER}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.message} (${body.errors[0]!.extensions?.code ?? 'no code'})`);
  return body.data!;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** the page for what the server answered */
function view(group: FollowUp): HTMLElement {
  const { counts, openActionItems, repliesItOwes } = group.followUp;
  const root = el('section');
  root.append(el('h1', `${group.acronym}: follow-up`), el('p', group.name, 'muted'));

  root.append(el('h2', `Open action items (${counts.openActionItems}, ${counts.overdueActionItems} overdue)`));
  const items = el('ul');
  for (const { node } of openActionItems.edges) {
    const li = el('li', `${node.title} — ${node.status}${node.dueOn ? `, due ${node.dueOn}` : ''}`, node.isOverdue ? 'overdue' : undefined);
    items.append(li);
  }
  root.append(items);

  root.append(el('h2', `Replies it owes (${counts.repliesItOwes}, ${counts.repliesItOwesOverdue} overdue)`));
  const replies = el('ul');
  for (const { node } of repliesItOwes.edges) {
    // Date is a "YYYY-MM-DD" string: shown as it is, compared as a string
    replies.append(el('li', `${node.title} (from ${node.fromGroup.acronym})${node.deadline ? `, by ${node.deadline}` : ''}`, node.replyOverdue ? 'overdue' : undefined));
  }
  root.append(replies);
  root.append(el('p', `Updated ${new Date().toLocaleTimeString()}`, 'muted'));
  return root;
}

async function load(): Promise<void> {
  const app = document.getElementById('app')!;
  try {
    const { group } = await request(PartnerFollowUpDocument, { group: GROUP });
    app.replaceChildren(group ? view(group) : el('p', `No group is known as "${GROUP}".`));
  } catch (error) {
    app.replaceChildren(el('p', `The server could not be read: ${(error as Error).message}`, 'overdue'));
  }
}

/** live updates: read again when an action item or a liaison of the group changes (a burst: once) */
function listen(): void {
  const client = createClient({
    url: SERVER.replace(/^http/, 'ws') + '/graphql',
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // events are at most once: after a reconnect, read everything again
    on: { connected: () => void load() },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(), 300);
  };
  const sink = { next: changed, error: (error: unknown) => console.error('live updates refused', error), complete: () => {} };
  client.subscribe({ query: PartnerItemChangedDocument.toString(), variables: { group: GROUP } }, sink);
  client.subscribe({ query: PartnerLiaisonChangedDocument.toString(), variables: { group: GROUP } }, sink);
}

void load();
listen();
