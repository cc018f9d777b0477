/** The buttons a page shows a signed-in person who may act on what it shows (none otherwise). */
import { h } from '../dom.js';
import { currentViewer, mayWriteFor } from '../session.js';
import { liaisonReplyPath, liaisonStatusPath } from './paths.js';

/** "Record a reply" for an addressee or the sender, "Move along" for the sender; filled once the viewer is known */
export function liaisonActions(l: { id: string; status: string; fromGroup: { acronym: string }; addressees: { group: { acronym: string } }[] }): HTMLElement {
  const bar = h('p', { class: 'form-actions-bar' });
  void currentViewer().then((viewer) => {
    const parties = [l.fromGroup.acronym, ...l.addressees.map((a) => a.group.acronym)];
    bar.replaceChildren(
      mayWriteFor(viewer, parties) && !['DRAFT', 'APPROVED', 'WITHDRAWN'].includes(l.status) ? h('a', { class: 'button reply', href: liaisonReplyPath(l.id) }, 'Record a reply') : '',
      mayWriteFor(viewer, [l.fromGroup.acronym]) ? h('a', { class: 'button move', href: liaisonStatusPath(l.id) }, 'Move along') : '',
    );
  });
  return bar;
}
