/**
 * Who is signed in: the token's label, role and groups (the API's `viewer`), shown in the header,
 * and what that role may write, so the forms offer only what the API would accept. The API
 * still judges every write (src/auth/authorization.ts); this only keeps refusals rare.
 */
import { h } from './dom.js';
import { ApiError, query } from './api.js';
import { SessionViewerDocument, type Role } from './generated.js';
import { storedToken, storeToken } from './token.js';
import { pageHeader } from './components.js';
import { label } from './format.js';
import type { PageView } from './page.js';

export interface SessionViewer {
  label: string;
  role: Role;
  /** an EDITOR's groups (acronyms); empty for the roles that cover every group */
  groups: string[];
}

let loading: Promise<SessionViewer | null> | undefined;

/** The signed-in viewer, or null; asked once per page load (and again after signing in or out). */
export function currentViewer(): Promise<SessionViewer | null> {
  loading ??= (async () => {
    if (!storedToken()) return null;
    try {
      const { viewer } = await query(SessionViewerDocument);
      return viewer ? { label: viewer.label, role: viewer.role, groups: viewer.groups.map((g) => g.acronym) } : null;
    } catch {
      return null;
    }
  })();
  return loading;
}

/** May this viewer write content of one of these groups? (mayWrite in src/auth/authorization.ts) */
export function mayWriteFor(viewer: SessionViewer | null, acronyms: readonly string[]): boolean {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN' || viewer.role === 'SECRETARIAT') return true;
  return acronyms.some((a) => viewer.groups.includes(a));
}

/** Tries a token: kept (for this tab only) when the API knows it, forgotten otherwise. */
async function signIn(token: string): Promise<SessionViewer | null> {
  storeToken(token);
  loading = undefined;
  const viewer = await currentViewer();
  if (!viewer) {
    storeToken(null);
    loading = undefined;
  }
  return viewer;
}

function signOut(): void {
  storeToken(null);
  loading = undefined;
}

function roleText(viewer: SessionViewer): string {
  return viewer.role === 'EDITOR' ? `Editor of ${viewer.groups.join(', ') || 'no group'}` : label(viewer.role);
}

/** The header's corner: who is signed in (role and groups), the forms, sign out; or "Sign in". */
export async function drawSessionBar(navigate: (href: string) => void): Promise<void> {
  const inner = document.querySelector('.topbar-inner');
  if (!inner) return;
  let bar = inner.querySelector<HTMLElement>('.session');
  if (!bar) {
    bar = h('div', { class: 'session' });
    inner.insertBefore(bar, inner.querySelector('.playground-link'));
  }
  const viewer = await currentViewer();
  if (!viewer) {
    const next = location.pathname.startsWith('/dashboard/sign-in') ? '/dashboard' : location.pathname + location.search;
    bar.dataset.session = 'signed-out';
    bar.replaceChildren(h('a', { class: 'session-sign-in', href: `/dashboard/sign-in?next=${encodeURIComponent(next)}` }, 'Sign in'));
    return;
  }
  bar.dataset.session = 'signed-in';
  bar.replaceChildren(
    h('a', { class: 'session-record', href: '/dashboard/record' }, 'Record'),
    h('span', { class: 'session-who', title: roleText(viewer) }, h('strong', { class: 'session-label' }, viewer.label), h('span', { class: 'session-role' }, roleText(viewer))),
    h(
      'button',
      {
        type: 'button',
        class: 'session-sign-out',
        onclick: () => {
          signOut();
          navigate('/dashboard');
        },
      },
      'Sign out',
    ),
  );
}

/** /dashboard/sign-in: paste a token (from `npm run token`); it stays in this tab only. */
export function signInPage(url: URL, navigate: (href: string) => void): PageView {
  const next = url.searchParams.get('next');
  const target = next?.startsWith('/dashboard') ? next : '/dashboard/record';
  const input = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'lg_…' });
  const error = h('p', { class: 'field-error', id: 'token-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'button primary' }, 'Sign in');
  const form = h(
    'form',
    { class: 'card form sign-in-form', novalidate: true },
    h(
      'div',
      { class: 'field', 'data-field': 'token' },
      h('label', { for: 'token' }, 'API token'),
      input,
      h('p', { class: 'hint' }, 'Kept in this browser tab only (gone when it closes) and sent with each request as a bearer header, never as a cookie.'),
      error,
    ),
    h('div', { class: 'form-actions' }, button),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    const fail = (message: string) => {
      error.textContent = message;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    };
    if (!token) return fail('Paste the token first.');
    button.disabled = true;
    signIn(token)
      .then((viewer) => (viewer ? navigate(target) : fail('The API does not know this token (revoked, or not copied whole).')))
      .catch((e: unknown) => fail(e instanceof ApiError ? e.message : String(e)))
      .finally(() => (button.disabled = false));
  });
  return {
    title: 'Sign in',
    view: h(
      'div',
      { class: 'page form-page' },
      pageHeader('Sign in', 'Reading needs no token. To record liaisons, action items, meetings and milestones, sign in with an API token (an administrator issues one with `npm run token -- create`).'),
      form,
    ),
  };
}
