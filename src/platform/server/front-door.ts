import { createHash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/**
 * The site's front door: `/` leads to the home page (the dashboard), a favicon, the schema for
 * code generators, and the answer to an unknown path: a page for a browser, the API's JSON
 * error for everything else.
 */

/** the same mark as the dashboard's brand: blue tile, amber corner */
const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#3ba0ff"/><stop offset="0.6" stop-color="#0b5cad"/><stop offset="0.61" stop-color="#f2a33a"/></linearGradient></defs>
<rect width="32" height="32" rx="8" fill="url(#g)"/>
</svg>
`;

/** The SDL of a schema as schema/schema.graphql holds it: sorted, so diffs show real changes only. */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

const strongEtag = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Express answers 304 itself when the request's If-None-Match matches the ETag set here. */
function sendWithEtag(res: Response, type: string, body: string, cacheControl: string): void {
  res.type(type).setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', strongEtag(body));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(body);
}

export function frontDoorRoutes(options: { home: string; schema: GraphQLSchema }): (app: Express) => void {
  // printed once: the schema of a running server does not change
  const sdl = printSdl(options.schema);
  return (app) => {
    app.get('/', (_req, res) => res.redirect(302, options.home));
    // a week: the icon changes with a release at most
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      app.get(path, (_req, res) => sendWithEtag(res, 'image/svg+xml', FAVICON_SVG, 'public, max-age=604800'));
    }
    // revalidated on each use (ETag, 304): a deployment can change the schema
    app.get('/schema.graphql', (_req, res) => {
      res.setHeader('Content-Disposition', 'inline; filename="schema.graphql"');
      sendWithEtag(res, 'text/plain; charset=utf-8', sdl, 'public, no-cache');
    });
  };
}

/** Does the client want a page (a browser following a link) rather than JSON? */
export function wantsHtml(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html';
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function notFoundPage(path: string, home: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Not found · Liaison Graph</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
  <h1>Nothing at ${escapeHtml(path)}</h1>
  <p>This address is not a page of Liaison Graph.</p>
  <ul>
    <li><a href="${home}">The dashboard</a>: liaisons, follow-ups and report timelines</li>
    <li><a href="/graphql">The GraphQL playground</a>: the API, with its documentation</li>
    <li><a href="/schema.graphql">The schema</a>, for code generators</li>
  </ul>
</body>
</html>
`;
}
