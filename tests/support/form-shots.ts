/**
 * Screenshots of the secretariat's forms (`npm run screenshots` writes them to docs/screenshots/):
 * each form filled in as a person would, on the seed data, signed in with a SECRETARIAT token.
 * Nothing is saved except what the conflict picture needs (someone else's status change).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDashboard, waitForDashboard, type Browser } from './browser.js';
import type { Shot } from './dashboard-shots.js';

async function shoot(page: Page, dir: string, file: string): Promise<void> {
  // a form that scrolled to an error would leave the sticky header mid-picture
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: path.join(dir, file), fullPage: true, animations: 'disabled' });
}

async function graphql(baseUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return ((await res.json()) as { data: any }).data;
}

export async function takeFormScreenshots(browser: Browser, baseUrl: string, dir: string, token: string): Promise<Shot[]> {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  const shots: Shot[] = [];
  const field = (name: string) => page.locator(`.form [data-field="${name}"]`).first();
  try {
    await openDashboard(page, baseUrl, '/dashboard/sign-in');
    await page.locator('#token').fill(token);
    await shoot(page, dir, 'form-sign-in.png');
    shots.push({ file: 'form-sign-in.png', what: 'Sign in with an API token (kept in the tab only, sent as a bearer header)' });
    await page.locator('.sign-in-form button[type="submit"]').click();
    await page.locator('.session[data-session="signed-in"]').waitFor();
    await waitForDashboard(page);
    await page.locator('[data-section="action-items"] .work-row, [data-section="action-items"] .empty').first().waitFor();
    await shoot(page, dir, 'form-record.png');
    shots.push({ file: 'form-record.png', what: 'Record: the forms the role may use, the liaisons and action items it may answer or move; who is signed in, top right' });

    await openDashboard(page, baseUrl, '/dashboard/record/liaison?direction=received');
    await field('title').locator('input').fill('Liaison on age assurance and child safety');
    await field('reference').locator('input').fill('SG17-LS-AA1');
    await field('from').locator('input').fill('SG17');
    await field('to[0].group').locator('input').fill('cwg cop');
    await field('to[0].purpose').locator('select').selectOption('FOR_ACTION');
    await page.locator('[data-field="to"] > button.add').click();
    await field('to[1].group').locator('input').fill('SG2 Q3/2');
    await field('to[1].purpose').locator('select').selectOption('FOR_INFORMATION');
    await field('sentOn').locator('input').fill('2026-11-20');
    await page.locator('[data-field="contacts"] > button.add').click();
    await field('contacts[0].name').locator('input').fill('Ana Rapporteur');
    await field('contacts[0].email').locator('input').fill('ana@example.org');
    await page.locator('[data-field="attachments"] > button.add').click();
    await field('attachments[0].symbol').locator('input').fill('SG17-TD-AA1');
    await field('attachments[0].file').locator('input').setInputFiles({ name: 'age-assurance.txt', mimeType: 'text/plain', buffer: Buffer.from('Age assurance methods should respect the privacy of children.') });
    await page.locator('.liaison-form button[type="submit"]').click(); // no deadline yet: the error shows by the field
    await field('deadline').locator('.field-error').filter({ hasText: /./ }).waitFor();
    await page.locator('.resolved', { hasText: '→ ITU-T SG17' }).first().waitFor();
    await shoot(page, dir, 'form-liaison-received.png');
    shots.push({ file: 'form-liaison-received.png', what: 'Record a liaison received: "SG17" resolves to ITU-T SG17, addressees with their own purposes, a contact, an uploaded attachment; the missing deadline is said beside its field' });

    await field('deadline').locator('input').fill('2027-01-31');
    await page.locator('.liaison-form button[type="submit"]').click();
    const href = await page.locator('.notice.saved a.saved-link').getAttribute('href');
    const id = decodeURIComponent(href!.split('/').pop()!);
    await openDashboard(page, baseUrl, `/dashboard/liaisons/${encodeURIComponent(id)}/reply`);
    await field('title').locator('input').fill('Reply of CWG-COP on age assurance');
    await field('from').locator('input').fill('CWG-COP');
    await field('sentOn').locator('input').fill('2026-11-28');
    await shoot(page, dir, 'form-reply.png');
    shots.push({ file: 'form-reply.png', what: 'Record a reply: addressed back to the sender by default, from one of the groups the liaison was addressed to' });

    await openDashboard(page, baseUrl, `/dashboard/liaisons/${encodeURIComponent(id)}/status`);
    const { node } = await graphql(baseUrl, token, 'query($id: ID!) { node(id: $id) { ... on Liaison { version } } }', { id });
    await graphql(baseUrl, token, 'mutation($input: SetLiaisonStatusInput!) { setLiaisonStatus(input: $input) { userErrors { message } } }', { input: { id, status: 'ACKNOWLEDGED', version: node.version } });
    await field('status').locator('select').selectOption('CLOSED');
    await page.locator('.status-form button[type="submit"]').click();
    await page.locator('.conflict').waitFor();
    await shoot(page, dir, 'form-conflict.png');
    shots.push({ file: 'form-conflict.png', what: 'A stale version: moving a liaison someone acknowledged meanwhile; the form says who changed what and offers to reload, keeping the choice' });

    await openDashboard(page, baseUrl, '/dashboard/record/meeting');
    await field('group').locator('input').fill('CWG-COP');
    await field('number').locator('input').fill('23');
    await field('format').locator('select').selectOption('HYBRID');
    await field('title').locator('input').fill('Twenty-third meeting of CWG-COP');
    await field('startsOn').locator('input').fill('2027-02-10');
    await field('location').locator('input').fill('Geneva');
    for (const [i, [kind, text]] of [
      ['NOTED', 'The group noted the SG17 liaison on age assurance.'],
      ['AGREED', 'The group agreed to draft guidance on age assurance.'],
    ].entries()) {
      await page.locator('button.add-outcome').click();
      await field(`outcomes[${i}].kind`).locator('select').selectOption(kind!);
      await field(`outcomes[${i}].text`).locator('textarea').fill(text!);
    }
    await shoot(page, dir, 'form-meeting.png');
    shots.push({ file: 'form-meeting.png', what: 'Record a meeting and its outcomes, in order (each can move up)' });

    await openDashboard(page, baseUrl, '/dashboard/record/action-item');
    await field('raisedBy-meeting-group').locator('input').fill('CWG-COP');
    await field('raisedBy-meeting-group').locator('input').press('Tab');
    await field('raisedBy-meeting').locator('select').selectOption({ index: 1 });
    await field('raisedBy').locator('select').selectOption({ index: 1 });
    await field('title').locator('textarea').fill('Draft the age assurance guidance');
    await field('assignee').locator('input').fill('ITU BDT');
    await field('dueOn').locator('input').fill('2027-03-31');
    await page.locator('.resolved', { hasText: '→ BDT' }).first().waitFor();
    await shoot(page, dir, 'form-action-item.png');
    shots.push({ file: 'form-action-item.png', what: 'Raise an action item from an outcome, picked as CWG-COP#21/2 (group, meeting, outcome in order)' });

    await openDashboard(page, baseUrl, '/dashboard/record/milestones');
    await page.locator('[data-field="report"] select').selectOption({ index: 1 });
    await page.locator('.add-milestone-form').waitFor();
    await field('group').locator('input').fill('SG17');
    await field('kind').locator('select').selectOption('PRESENTATION');
    await field('plannedFor').locator('input').fill('2027-03');
    await shoot(page, dir, 'form-milestones.png');
    shots.push({ file: 'form-milestones.png', what: "A report's milestones: move one along (done, slipped and replanned, cancelled), or add one" });

    await openDashboard(page, baseUrl, '/dashboard/record/topic');
    await field('meeting-group').locator('input').fill('CWG-COP');
    await field('meeting-group').locator('input').press('Tab');
    await field('meeting').locator('select').selectOption({ index: 1 });
    await field('outcome').locator('select').selectOption({ index: 1 });
    await field('topic').locator('input').fill('Age assurance');
    await page.locator('.topic-form input[name="create"]').check();
    await shoot(page, dir, 'form-topic.png');
    shots.push({ file: 'form-topic.png', what: 'Tag a meeting or an outcome with a topic (or a new one)' });
  } finally {
    await page.close();
  }
  return shots;
}
