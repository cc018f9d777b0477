import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { DASHBOARD_PATH } from './dashboard.routes.js';

/**
 * The dashboard page that shows an object, as a path on this site (the routes of
 * client/main.ts), so feeds and calendars can link back to it. Meetings and outcomes are
 * sections of their group's page; milestones are on the report timeline; action items on the
 * follow-up list of the group that owes them. Objects without a page of their own lead to the
 * overview.
 */
export type DashboardTarget =
  | { type: 'Liaison' | 'Document'; id: number }
  | { type: 'Group'; acronym: string }
  | { type: 'Mandates'; acronym: string }
  | { type: 'Meeting' | 'Outcome'; id: number; acronym: string }
  | { type: 'ActionItem'; acronym: string }
  | { type: 'Milestone' | 'Report' }
  | { type: 'other' };

export function dashboardPath(target: DashboardTarget): string {
  switch (target.type) {
    case 'Liaison':
      return `${DASHBOARD_PATH}/liaisons/${encodeURIComponent(encodeGlobalId('Liaison', target.id))}`;
    case 'Document':
      return `${DASHBOARD_PATH}/documents/${encodeURIComponent(encodeGlobalId('Document', target.id))}`;
    case 'Group':
      return `${DASHBOARD_PATH}/groups/${encodeURIComponent(target.acronym)}`;
    case 'Mandates':
      return `${DASHBOARD_PATH}/groups/${encodeURIComponent(target.acronym)}/mandates`;
    case 'Meeting':
    case 'Outcome':
      return `${DASHBOARD_PATH}/groups/${encodeURIComponent(target.acronym)}#${target.type.toLowerCase()}-${encodeURIComponent(encodeGlobalId(target.type, target.id))}`;
    case 'ActionItem':
      return `${DASHBOARD_PATH}/follow-up?assignee=${encodeURIComponent(target.acronym)}`;
    case 'Milestone':
    case 'Report':
      return `${DASHBOARD_PATH}/timeline`;
    default:
      return DASHBOARD_PATH;
  }
}
