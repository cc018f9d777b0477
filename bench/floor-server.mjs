// One layer of our stack over our own schema (the production build's), for `npm run bench:floor`
// (bench/floor.ts) only: what a request costs before it reads anything. Plain JavaScript, run by
// path under Node 20 as the production build is; it lives in bench/, not bench/compare/, so that it
// loads our graphql, not PostGraphile's. Prints one JSON line {"ready":true,"url":…} once it
// listens on 127.0.0.1:PORT.
//   LAYER=graphql   node:http, JSON.parse, graphql-js's execute (documents parsed and validated once)
//   LAYER=apollo    node:http and Apollo Server's executeHTTPGraphQLRequest, no plugins of ours
//   LAYER=express   Express 5, express.json and Apollo's Express integration, no middleware of ours
import 'reflect-metadata';
import { createServer } from 'node:http';
import express from 'express';
import { execute, parse, validate } from 'graphql';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { getSchema } from '../dist/src/app/schema.js';

const layer = process.env.LAYER;
const port = Number(process.env.PORT ?? 0);
const schema = await getSchema();

/** the request's body as text */
function bodyOf(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

let server;
if (layer === 'graphql') {
  const documents = new Map();
  server = createServer(async (req, res) => {
    const { query, variables } = JSON.parse(await bodyOf(req));
    let document = documents.get(query);
    if (!document) {
      document = parse(query);
      const errors = validate(schema, document);
      if (errors.length) throw errors[0];
      documents.set(query, document);
    }
    const answer = JSON.stringify(await execute({ schema, document, variableValues: variables, contextValue: {} }));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
    res.end(answer);
  });
} else if (layer === 'apollo') {
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  server = createServer(async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const body = JSON.parse(await bodyOf(req));
    const answer = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method, headers, search: '', body }, context: async () => ({}) });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    res.end(answer.body.kind === 'complete' ? answer.body.string : '');
  });
} else if (layer === 'express') {
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => ({}) }));
  server = createServer(app);
} else {
  console.error(`stack-floor-server: LAYER must be graphql, apollo or express, not ${layer}`);
  process.exit(2);
}
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, url: `http://127.0.0.1:${server.address().port}` }));
});
process.on('SIGTERM', () => process.exit(0));
