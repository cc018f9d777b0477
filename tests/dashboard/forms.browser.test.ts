/**
 * The secretariat's forms in a real browser, used as a person would: sign in with a token, type
 * groups as people type them, pick, submit, and see the result on the page and in the API; a
 * refused write, a stale version (conflict, then reload) and a page reload included. One browser
 * for the file; every wait is on something the page shows, never a fixed sleep.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { browserTestsSkipped, launchBrowser, openDashboard, waitForDashboard, type Browser } from '../support/browser.js';
import { createTestToken, type TestToken } from '../support/tokens.js';

const missing = browserTestsSkipped();
if (missing) console.warn(`[tests/dashboard/forms.browser] ${missing}`);

const WAIT = { timeout: 30_000 };

let t: TestApp;
let browser: Browser;
let page: Page;
let secretariat: TestToken;
let cgCop: TestToken;
const problems: string[] = [];

/** a raw GraphQL request, to look behind the page (and to play the other person in a conflict) */
async function api<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const { json } = await t.post({ query, variables }, headers);
  expect(json.errors).toBeUndefined();
  return json.data as T;
}

async function liaison(id: string) {
  const data = await api(`query($id: ID!) { node(id: $id) { ... on Liaison { title reference status version sentOn deadline purpose body fromGroup { acronym } inReplyTo { id } addressees { role purpose group { acronym } } contacts { name email } attachments { symbol text } } } }`, { id }, secretariat.headers); // contacts' emails show to token holders
  return data.node;
}

/** the id in the link of the "recorded" notice */
async function savedId(): Promise<string> {
  const href = await page.locator('.notice.saved a.saved-link').getAttribute('href', WAIT);
  return decodeURIComponent(href!.split('/').pop()!);
}

async function signIn(token: string): Promise<void> {
  await openDashboard(page, t.url, '/dashboard');
  await page.locator('.session a.session-sign-in').click(WAIT);
  await waitForDashboard(page);
  await page.locator('#token').fill(token);
  await page.locator('.sign-in-form button[type="submit"]').click();
  await page.locator('.session[data-session="signed-in"]').waitFor(WAIT);
}

async function signOut(): Promise<void> {
  await page.locator('.session-sign-out').click();
  await page.locator('.session[data-session="signed-out"]').waitFor(WAIT);
}

/** waits until the element shows this text (the page fills it in after an answer arrives) */
async function shows(locator: Locator, text: string | RegExp): Promise<string> {
  await locator.filter({ hasText: text }).first().waitFor(WAIT);
  return (await locator.first().textContent()) ?? '';
}

/** a field of the form by its label, the way a person finds it */
const field = (name: string) => page.locator(`.form [data-field="${name}"]`).first();

/**
 * Waits until a group field shows what its name resolved to, as a person reads it before going
 * on: the line it adds moves what is below it, and a click aimed at a button below while it
 * lands (on a busy machine, a quarter of a second or more later) would miss the button.
 */
const resolvedIn = (name: string) => shows(field(name).locator('.resolved'), /\S/);

describe.skipIf(missing !== null)(`the forms in Chromium${missing ? ` (${missing})` : ''}`, () => {
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    secretariat = await createTestToken(t, { role: 'SECRETARIAT', label: 'ITU secretariat officer' });
    cgCop = await createTestToken(t, { role: 'EDITOR', groups: ['CG-COP'], label: 'CG-COP co-convener' });
    page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('signs in with a token kept in the tab (a bearer header, no cookie); a wrong one is refused beside the field', async () => {
    await openDashboard(page, t.url, '/dashboard/sign-in');
    await page.locator('#token').fill('lg_not-a-token');
    await page.locator('.sign-in-form button[type="submit"]').click();
    await shows(page.locator('#token-error'), 'does not know this token');
    await page.locator('#token').fill(secretariat.token);
    await page.locator('.sign-in-form button[type="submit"]').click();
    await page.locator('.session[data-session="signed-in"]').waitFor(WAIT);
    await expect(page.locator('.session-label').textContent()).resolves.toBe('ITU secretariat officer');
    await expect(page.locator('.session-role').textContent()).resolves.toBe('Secretariat');
    expect(await browser.context.cookies()).toEqual([]);
    await expect(page.evaluate(() => Object.values(sessionStorage))).resolves.toEqual([secretariat.token]);
    // a reload keeps the session (the tab's storage), and the forms are offered
    await page.reload();
    await waitForDashboard(page);
    await page.locator('.session[data-session="signed-in"]').waitFor(WAIT);
    await expect(page.locator('h1').textContent()).resolves.toBe('Record');
    await expect(page.locator('a.form-link').allTextContents()).resolves.toContain('A liaison received');
  }, 90_000);

  let receivedId = '';

  it('records a liaison received: aliases resolve, a missing deadline is said beside its field and nothing typed is lost', async () => {
    await page.locator('a.form-link', { hasText: 'A liaison received' }).click();
    await waitForDashboard(page);
    await field('title').locator('input').fill('Liaison on age assurance and child safety');
    await field('reference').locator('input').fill('SG17-LS-AA1');
    await field('from').locator('input').fill('SG17'); // an alias, as people write it
    await shows(field('from').locator('.resolved'), '→ ITU-T SG17');
    await field('to[0].group').locator('input').fill('cwg cop');
    await field('to[0].purpose').locator('select').selectOption('FOR_ACTION');
    await resolvedIn('to[0].group');
    await page.locator('[data-field="to"] > button.add').click();
    await field('to[1].group').locator('input').fill('SG2 Q3/2');
    await field('to[1].purpose').locator('select').selectOption('FOR_INFORMATION');
    await field('sentOn').locator('input').fill('2026-11-20');
    await resolvedIn('to[1].group');
    await page.locator('[data-field="contacts"] > button.add').click();
    await field('contacts[0].name').locator('input').fill('Ana Rapporteur');
    await field('contacts[0].email').locator('input').fill('ana@example.org');
    await field('contacts[0].group').locator('input').fill('SG17');
    await resolvedIn('contacts[0].group');
    await page.locator('[data-field="attachments"] > button.add').click();
    await field('attachments[0].symbol').locator('input').fill('SG17-TD-AA1');
    await field('attachments[0].file').locator('input').setInputFiles({ name: 'age-assurance.txt', mimeType: 'text/plain', buffer: Buffer.from('Age assurance methods should respect privacy of children.') });
    await field('body').locator('textarea').fill('SG17 invites CWG-COP to comment on age assurance.');
    // FOR_ACTION without a deadline: refused, the message sits by the deadline field
    await page.locator('.liaison-form button[type="submit"]').click();
    await shows(field('deadline').locator('.field-error'), /deadline/i);
    await expect(field('title').locator('input').inputValue()).resolves.toBe('Liaison on age assurance and child safety');
    await expect(field('to[1].group').locator('input').inputValue()).resolves.toBe('SG2 Q3/2');
    await field('deadline').locator('input').fill('2027-01-31');
    await page.locator('.liaison-form button[type="submit"]').click();
    receivedId = await savedId();
    await expect(page.locator('.notice.saved').textContent()).resolves.toContain('Liaison on age assurance and child safety (SG17-LS-AA1)');

    const l = await liaison(receivedId);
    expect(l).toMatchObject({
      status: 'SENT',
      sentOn: '2026-11-20',
      deadline: '2027-01-31',
      fromGroup: { acronym: 'ITU-T SG17' },
      contacts: [{ name: 'Ana Rapporteur', email: 'ana@example.org' }],
      attachments: [{ symbol: 'SG17-TD-AA1', text: 'Age assurance methods should respect privacy of children.' }],
    });
    expect(l.addressees).toEqual([
      { role: 'TO', purpose: 'FOR_ACTION', group: { acronym: 'CWG-COP' } },
      { role: 'TO', purpose: 'FOR_INFORMATION', group: { acronym: 'ITU-D SG2 Q3/2' } },
    ]);
  }, 120_000);

  let replyId = '';

  it('records a reply from the liaison’s page: the original is then responded', async () => {
    await page.locator('.notice.saved a.saved-link').click();
    await waitForDashboard(page);
    await page.locator('.form-actions-bar a.reply').click(WAIT);
    await waitForDashboard(page);
    await expect(page.locator('.reply-to').textContent()).resolves.toContain('Liaison on age assurance and child safety');
    // the reply goes to the sender unless told otherwise
    await expect(field('to[0].group').locator('input').inputValue()).resolves.toBe('ITU-T SG17');
    await field('title').locator('input').fill('Reply of CWG-COP on age assurance');
    await field('from').locator('input').fill('CWG-COP');
    await field('sentOn').locator('input').fill('2026-11-28');
    await page.locator('.liaison-form button[type="submit"]').click();
    replyId = await savedId();
    const reply = await liaison(replyId);
    expect(reply).toMatchObject({ fromGroup: { acronym: 'CWG-COP' }, purpose: 'IN_RESPONSE', inReplyTo: { id: receivedId }, status: 'SENT' });
    await expect(liaison(receivedId)).resolves.toMatchObject({ status: 'RESPONDED' });
  }, 90_000);

  it('a stale version: the form says who changed what, reloads the current version, keeps the choice, and saves', async () => {
    await openDashboard(page, t.url, `/dashboard/liaisons/${encodeURIComponent(replyId)}`);
    await page.locator('.form-actions-bar a.move').click(WAIT);
    await waitForDashboard(page);
    await shows(page.locator('.status-form .current'), 'Sent');
    // meanwhile someone else acknowledges it
    const before = await liaison(replyId);
    await api(`mutation($input: SetLiaisonStatusInput!) { setLiaisonStatus(input: $input) { userErrors { message } } }`, { input: { id: replyId, status: 'ACKNOWLEDGED', version: before.version } }, secretariat.headers);
    await field('status').locator('select').selectOption('CLOSED');
    await page.locator('.status-form button[type="submit"]').click();
    const conflict = page.locator('.conflict');
    await conflict.waitFor(WAIT);
    await expect(conflict.locator('[data-changed="status"]').textContent()).resolves.toBe('Status: Sent → Acknowledged');
    await expect(conflict.textContent()).resolves.toContain('ITU secretariat officer');
    await expect(liaison(replyId)).resolves.toMatchObject({ status: 'ACKNOWLEDGED' }); // nothing saved
    await conflict.locator('button.reload').click();
    await shows(page.locator('.status-form .current'), 'Acknowledged');
    await expect(field('status').locator('select').inputValue()).resolves.toBe('CLOSED');
    await page.locator('.status-form button[type="submit"]').click();
    await shows(page.locator('.notice.saved .saved-status'), 'closed');
    await expect(liaison(replyId)).resolves.toMatchObject({ status: 'CLOSED' });
  }, 90_000);

  it('moves an action item along from the Record page', async () => {
    await openDashboard(page, t.url, '/dashboard/record');
    const row = page.locator('[data-section="action-items"] .work-row').first();
    const id = await row.getAttribute('data-action-item-id', WAIT);
    await row.locator('a.move').click();
    await waitForDashboard(page);
    await field('status').locator('select').selectOption('IN_PROGRESS');
    await page.locator('.status-form button[type="submit"]').click();
    await shows(page.locator('.notice.saved .saved-status'), 'in progress');
    const data = await api(`query($id: ID!) { node(id: $id) { ... on ActionItem { status } } }`, { id });
    expect(data.node.status).toBe('IN_PROGRESS');
  }, 90_000);

  it('records a meeting with its outcomes in order, raises an action item from one, and tags another', async () => {
    await openDashboard(page, t.url, '/dashboard/record');
    await page.locator('a.form-link', { hasText: 'A meeting and its outcomes' }).click();
    await waitForDashboard(page);
    await field('group').locator('input').fill('cwg cop');
    await field('number').locator('input').fill('23');
    await field('format').locator('select').selectOption('VIRTUAL');
    await field('title').locator('input').fill('Twenty-third meeting of CWG-COP');
    await field('startsOn').locator('input').fill('2026-12-10');
    await page.locator('button.add-outcome').click();
    await field('outcomes[0].kind').locator('select').selectOption('AGREED');
    await field('outcomes[0].text').locator('textarea').fill('The group agreed to draft guidance on age assurance.');
    await page.locator('button.add-outcome').click();
    await field('outcomes[1].kind').locator('select').selectOption('NOTED');
    await field('outcomes[1].text').locator('textarea').fill('The group noted the SG17 liaison on age assurance.');
    await page.locator('[data-field="outcomes[1]"] button.up').click(); // the note came first
    await page.locator('.meeting-form button[type="submit"]').click();
    await shows(page.locator('.notice.saved'), 'CWG-COP#23 with 2 outcome(s)');
    const meetings = await api(`{ meetings(groupAcronym: "CWG-COP", first: 10) { edges { node { number outcomes { id position kind } } } } }`);
    const m23 = meetings.meetings.edges.map((e: any) => e.node).find((m: any) => m.number === 23);
    expect(m23.outcomes.map((o: any) => [o.position, o.kind])).toEqual([[1, 'NOTED'], [2, 'AGREED']]);

    await openDashboard(page, t.url, '/dashboard/record/action-item');
    await field('raisedBy-meeting-group').locator('input').fill('CWG-COP');
    await field('raisedBy-meeting-group').locator('input').press('Tab');
    await field('raisedBy-meeting').locator('select').selectOption('CWG-COP#23');
    await field('raisedBy').locator('select').selectOption('CWG-COP#23/2');
    await field('title').locator('textarea').fill('Draft the age assurance guidance');
    await field('assignee').locator('input').fill('ITU BDT'); // an alias
    await field('dueOn').locator('input').fill('2027-03-31');
    await page.locator('.action-item-form button[type="submit"]').click();
    await shows(page.locator('.notice.saved'), 'Draft the age assurance guidance (by CWG-COP#23/2)');
    const agreed = await api(`query($id: ID!) { node(id: $id) { ... on Outcome { actionItems { title dueOn assignee { acronym } } } } }`, { id: m23.outcomes[1].id });
    expect(agreed.node.actionItems).toEqual([{ title: 'Draft the age assurance guidance', dueOn: '2027-03-31', assignee: { acronym: 'BDT' } }]);

    await openDashboard(page, t.url, '/dashboard/record/topic');
    await field('meeting-group').locator('input').fill('CWG-COP');
    await field('meeting-group').locator('input').press('Tab');
    await field('meeting').locator('select').selectOption('CWG-COP#23');
    await field('outcome').locator('select').selectOption('CWG-COP#23/1');
    await field('topic').locator('input').fill('Age assurance');
    await page.locator('.topic-form input[name="create"]').check();
    await page.locator('.topic-form button[type="submit"]').click();
    await shows(page.locator('.notice.saved'), 'CWG-COP#23/1 tagged Age assurance');
    const noted = await api(`query($id: ID!) { node(id: $id) { ... on Outcome { topics { name } } } }`, { id: m23.outcomes[0].id });
    expect(noted.node.topics).toEqual([{ name: 'Age assurance' }]);
  }, 150_000);

  it('adds a milestone to a report and marks it done', async () => {
    await openDashboard(page, t.url, '/dashboard/record/milestones');
    const report = page.locator('[data-field="report"] select');
    await report.selectOption({ index: 1 });
    await page.locator('.add-milestone-form').waitFor(WAIT);
    const before = await page.locator('.milestone-rows > li').count();
    await field('group').locator('input').fill('SG17');
    await field('kind').locator('select').selectOption('PRESENTATION');
    await field('plannedFor').locator('input').fill('2027-03');
    await page.locator('.add-milestone-form button[type="submit"]').click();
    const row = page.locator('form[data-milestone="PRESENTATION ITU-T SG17"]');
    await shows(row.locator('.current'), 'March 2027');
    expect(await page.locator('.milestone-rows > li').count()).toBe(before + 1);
    await row.locator('[data-field="status"] select').selectOption('DONE');
    await row.locator('button[type="submit"]').click();
    await shows(page.locator('form[data-milestone="PRESENTATION ITU-T SG17"] .current'), 'Done');
    const id = new URL(page.url()).searchParams.get('report');
    const data = await api(`query($id: ID!) { node(id: $id) { ... on Report { milestones { kind status plannedFor group { acronym } } } } }`, { id });
    expect(data.node.milestones).toContainEqual({ kind: 'PRESENTATION', status: 'DONE', plannedFor: '2027-03-01', group: { acronym: 'ITU-T SG17' } });
  }, 120_000);

  it('takes a month or a year where the source gives no day: a replanned milestone, a liaison\'s deadline', async () => {
    await openDashboard(page, t.url, '/dashboard/record/milestones');
    await page.locator('[data-field="report"] select').selectOption({ index: 1 });
    await page.locator('.add-milestone-form').waitFor(WAIT);
    await field('group').locator('input').fill('SG17');
    await field('kind').locator('select').selectOption('SUBMISSION');
    await field('plannedFor').locator('input').fill('2027-05');
    await page.locator('.add-milestone-form button[type="submit"]').click();
    const row = () => page.locator('form[data-milestone="SUBMISSION ITU-T SG17"]');
    await shows(row().locator('.current'), 'May 2027');
    await row().locator('[data-field="status"] select').selectOption('SLIPPED');
    await row().locator('button[type="submit"]').click();
    await shows(row().locator('.current'), 'Slipped');
    // replanned to a year: the precision beside the date turns it into a year
    await row().locator('[data-field="status"] select').selectOption('PLANNED');
    await expect(row().locator('[data-field="plannedFor"] select.precision').inputValue()).resolves.toBe('month');
    await row().locator('[data-field="plannedFor"] select.precision').selectOption('year');
    await row().locator('[data-field="plannedFor"] input').fill('2028');
    await row().locator('button[type="submit"]').click();
    await shows(row().locator('.current'), /— 2028 Planned/);
    const id = new URL(page.url()).searchParams.get('report');
    const report = await api(`query($id: ID!) { node(id: $id) { ... on Report { milestones { kind status plannedPeriod group { acronym } } } } }`, { id });
    expect(report.node.milestones).toContainEqual({ kind: 'SUBMISSION', status: 'PLANNED', plannedPeriod: '2028', group: { acronym: 'ITU-T SG17' } });

    // a liaison received, its reply due "by March 2027"
    await openDashboard(page, t.url, '/dashboard/record/liaison?direction=received');
    await field('title').locator('input').fill('Liaison on helplines data');
    await field('from').locator('input').fill('SG17');
    await field('to[0].group').locator('input').fill('CWG-COP');
    await field('to[0].purpose').locator('select').selectOption('FOR_COMMENT');
    await field('deadline').locator('select.precision').selectOption('month');
    await field('deadline').locator('input').fill('2027-03');
    await page.locator('.liaison-form button[type="submit"]').click();
    const l = await api(`query($id: ID!) { node(id: $id) { ... on Liaison { deadline deadlinePeriod } } }`, { id: await savedId() });
    expect(l.node).toEqual({ deadline: '2027-03-01', deadlinePeriod: '2027-03' });
  }, 120_000);

  it('an EDITOR of CG-COP is not offered what it may not do, and a write outside its groups is refused with the values kept', async () => {
    await signOut();
    await signIn(cgCop.token);
    await expect(page.locator('.session-role').textContent()).resolves.toBe('Editor of CG-COP');
    await openDashboard(page, t.url, '/dashboard/record');
    await expect(page.locator('a.form-link').allTextContents()).resolves.not.toContain('A liaison received');
    // CWG-COP's liaisons are not its to move
    await openDashboard(page, t.url, `/dashboard/liaisons/${encodeURIComponent(receivedId)}`);
    await expect(page.locator('.form-actions-bar a').count()).resolves.toBe(0);

    await openDashboard(page, t.url, '/dashboard/record/liaison?direction=sent');
    await expect(field('from').locator('input').inputValue()).resolves.toBe('CG-COP');
    await field('title').locator('input').fill('CG-COP notes on the 22nd CWG-COP meeting');
    await field('to[0].group').locator('input').fill('ITU-T SG17');
    await field('meeting').locator('input').fill('CWG-COP#22'); // neither its group's meeting nor an addressee's: not its to link
    await page.locator('.liaison-form button[type="submit"]').click();
    await shows(page.locator('.form .field-error, .form .form-errors'), 'FORBIDDEN');
    await expect(field('title').locator('input').inputValue()).resolves.toBe('CG-COP notes on the 22nd CWG-COP meeting');
    const data = await api(`{ liaisons(filter: { from: "CG-COP" }, first: 100) { edges { node { title } } } }`);
    expect(data.liaisons.edges.map((e: any) => e.node.title)).not.toContain('CG-COP notes on the 22nd CWG-COP meeting');
    expect(problems).toEqual([]);
  }, 120_000);
});
