import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { exampleQueries } from './example-queries.js';

const require = createRequire(import.meta.url);

/** a file inside an installed package (these packages do not export their UMD builds) */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** npm files the playground page loads, served by this server: no CDN, works offline. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

export const PLAYGROUND_ASSET_PATH = '/playground/assets';

export function playgroundAssetsRouter(): Router {
  const router = express.Router();
  for (const [name, asset] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_req, res) => {
      res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
      res.sendFile(asset.file);
    });
  }
  return router;
}

/** JSON inside a <script>: "</script>" and friends cannot close it early */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The GraphiQL page, opening with one tab per saved example query. */
export function playgroundHtml(endpoint: string): string {
  const tabs = exampleQueries.map((q) => ({ query: q.query }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Liaison Graph — playground</title>
  <link rel="stylesheet" href="${PLAYGROUND_ASSET_PATH}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="${PLAYGROUND_ASSET_PATH}/react.js"></script>
  <script src="${PLAYGROUND_ASSET_PATH}/react-dom.js"></script>
  <script src="${PLAYGROUND_ASSET_PATH}/graphiql.js"></script>
  <script>
    const tabs = ${scriptJson(tabs)};
    const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: false })
    );
  </script>
</body>
</html>`;
}
