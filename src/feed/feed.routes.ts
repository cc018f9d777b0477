import type { Express, Request, RequestHandler, Response } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import { formatHttpError } from '../platform/graphql/errors.js';
import { badInput } from '../platform/errors/app-error.js';
import { stateOf } from '../platform/server/request-steps.js';
import { renderAtom } from './atom.js';
import { renderCalendar } from './ical.js';
import { calendarEvents, changeEntries, FEED_ENTRIES, feedGroup, liaisonEntries, parseDirection, type FeedReads } from './feed.service.js';
import { actionItemEvents, reminderEntries } from './reminders.js';

/**
 * Feeds for people who do not write queries: Atom for feed readers, iCalendar for calendars.
 *
 *   GET /feeds/liaisons.atom[?group=CWG-COP[&direction=sent|received]]
 *   GET /feeds/changes.atom[?group=CWG-COP]
 *   GET /feeds/reminders.atom[?group=CWG-COP]
 *   GET /calendar.ics[?group=CWG-COP]
 *
 * `group` takes an acronym or any alias; an unknown group is a 404 naming it. Errors have the
 * API's JSON shape and codes. Express answers a repeated download with 304 (weak ETag).
 */
export function feedRoutes(deps: { em: EntityManager; logger: Logger; reads: FeedReads; now?: () => Date }): (app: Express) => void {
  const now = deps.now ?? (() => new Date());
  return (app) => {
    app.get('/feeds/liaisons.atom', handle(deps, async (req, res, em) => {
      const group = await feedGroup(em, param(req, 'group'));
      const direction = parseDirection(param(req, 'direction'), group);
      const entries = await liaisonEntries(em, deps.reads, group, direction);
      const scope = group ? `${direction === 'sent' ? 'sent by' : direction === 'received' ? 'received by' : 'of'} ${group.acronym}` : 'of all groups';
      atom(res, renderAtom({
        id: `urn:liaison-graph:feed:liaisons:${group?.acronym ?? '*'}:${direction ?? 'both'}`,
        title: `Liaisons ${scope}`,
        subtitle: 'Liaison statements, the most recently changed first (Liaison Graph).',
        selfUrl: selfUrl(req),
        siteUrl: siteUrl(req),
        author: 'Liaison Graph',
        entries,
      }));
    }));

    app.get('/feeds/changes.atom', handle(deps, async (req, res, em) => {
      const group = await feedGroup(em, param(req, 'group'));
      const entries = await changeEntries(em, deps.reads, group);
      atom(res, renderAtom({
        id: `urn:liaison-graph:feed:changes:${group?.acronym ?? '*'}`,
        title: `What moved${group ? ` in ${group.acronym}` : ''}`,
        subtitle: 'Every recorded change, the most recent first: who changed what, when, and the fields before and after (Liaison Graph).',
        selfUrl: selfUrl(req),
        siteUrl: siteUrl(req),
        author: 'Liaison Graph',
        entries,
      }));
    }));

    app.get('/feeds/reminders.atom', handle(deps, async (req, res, em) => {
      const group = await feedGroup(em, param(req, 'group'));
      const entries = await reminderEntries(em, group, now(), FEED_ENTRIES);
      atom(res, renderAtom({
        id: `urn:liaison-graph:feed:reminders:${group?.acronym ?? '*'}`,
        title: `Reminders${group ? ` for ${group.acronym}` : ''}`,
        subtitle: 'Replies and action items coming due: 14, 7, 4, 3, 2, 1 and 0 days before the deadline, then overdue (Liaison Graph).',
        selfUrl: selfUrl(req),
        siteUrl: siteUrl(req),
        author: 'Liaison Graph',
        // an empty feed still needs an updated time: today's
        updated: entries.length ? undefined : new Date(`${now().toISOString().slice(0, 10)}T00:00:00Z`),
        entries,
      }));
    }));

    app.get('/calendar.ics', handle(deps, async (req, res, em) => {
      const group = await feedGroup(em, param(req, 'group'));
      const events = [...(await calendarEvents(em, deps.reads, group)), ...(await actionItemEvents(em, group))];
      res.type('text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `inline; filename="${group ? group.acronym.replace(/[^A-Za-z0-9-]+/g, '-') : 'liaison-graph'}.ics"`);
      res.send(renderCalendar({
        name: `${group ? group.acronym : 'All groups'} — Liaison Graph`,
        siteUrl: siteUrl(req),
        description: `Meetings, liaison deadlines, action items due and report milestones${group ? ` of ${group.name}` : ''}.`,
        events,
      }));
    }));
  };
}

type Handler = (req: Request, res: Response, em: EntityManager) => Promise<void>;

/** a fresh EntityManager per request; AppErrors become the API's JSON errors (404, 400), anything else a masked 500 */
function handle(deps: { em: EntityManager; logger: Logger }, handler: Handler): RequestHandler {
  return async (req, res) => {
    try {
      await handler(req, res, deps.em.fork());
    } catch (err) {
      const { status, error, unexpected } = formatHttpError(err);
      if (unexpected) deps.logger.error({ err, requestId: stateOf(res).requestId, path: req.path }, 'feed failed');
      res.status(status).json({ errors: [{ ...error, extensions: { ...error.extensions, requestId: stateOf(res).requestId } }] });
    }
  };
}

/** a query parameter given once, or undefined; a repeated or empty one is refused */
function param(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) throw badInput(name, `${name} takes one non-empty value`);
  return value;
}

function siteUrl(req: Request): string {
  return `${req.protocol}://${req.get('host')}`;
}

function selfUrl(req: Request): string {
  return `${req.protocol}://${req.get('host')}${req.originalUrl}`;
}

function atom(res: Response, xml: string) {
  res.type('application/atom+xml; charset=utf-8');
  res.send(xml);
}
