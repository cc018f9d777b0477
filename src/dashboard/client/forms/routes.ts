/** The forms' routes, added to the dashboard's router (main.ts). */
import type { PageView } from '../page.js';
import { signInPage } from '../session.js';
import { recordPage } from './record.js';
import { recordLiaisonPage, replyPage } from './liaison-form.js';
import { actionItemStatusPage, liaisonStatusPage } from './lifecycle.js';
import { actionItemPage } from './action-item-form.js';
import { meetingPage } from './meeting-form.js';
import { milestonesPage } from './milestone-form.js';
import { topicPage } from './topic-form.js';
import { ingestPage } from './ingest-form.js';

interface FormRoute {
  pattern: RegExp;
  nav: string;
  page: (match: string[], url: URL) => Promise<PageView>;
}

export function formRoutes(navigate: (href: string) => void): FormRoute[] {
  const id = (match: string[]) => decodeURIComponent(match[0]!);
  return [
    { pattern: /^\/dashboard\/sign-in\/?$/, nav: 'record', page: (_m, url) => Promise.resolve(signInPage(url, navigate)) },
    { pattern: /^\/dashboard\/record\/?$/, nav: 'record', page: () => recordPage() },
    { pattern: /^\/dashboard\/record\/liaison\/?$/, nav: 'record', page: (_m, url) => recordLiaisonPage(url) },
    { pattern: /^\/dashboard\/record\/action-item\/?$/, nav: 'record', page: (_m, url) => actionItemPage(url) },
    { pattern: /^\/dashboard\/record\/meeting\/?$/, nav: 'record', page: () => meetingPage() },
    { pattern: /^\/dashboard\/record\/milestones\/?$/, nav: 'record', page: (_m, url) => milestonesPage(url) },
    { pattern: /^\/dashboard\/record\/topic\/?$/, nav: 'record', page: () => topicPage() },
    { pattern: /^\/dashboard\/record\/document\/?$/, nav: 'record', page: () => ingestPage() },
    { pattern: /^\/dashboard\/liaisons\/([^/]+)\/reply\/?$/, nav: 'record', page: (m) => replyPage(id(m)) },
    { pattern: /^\/dashboard\/liaisons\/([^/]+)\/status\/?$/, nav: 'record', page: (m) => liaisonStatusPage(id(m)) },
    { pattern: /^\/dashboard\/action-items\/([^/]+)\/status\/?$/, nav: 'record', page: (m) => actionItemStatusPage(id(m)) },
  ];
}
