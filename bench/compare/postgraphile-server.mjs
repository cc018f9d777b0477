// PostGraphile 5 over DATABASE_URL, for `npm run bench:compare` only. Plain JavaScript because it
// runs under the Node 22 of this folder (PostGraphile 5.1.5 fails every query on Node 20), not
// under our tsx. Prints one JSON line {"ready":true,"url":…} once it listens on 127.0.0.1:PORT.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
const schema = process.env.PG_SCHEMA ?? 'public';
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
if (!connectionString) {
  console.error('postgraphile-server: DATABASE_URL is required');
  process.exit(2);
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // ordering by created_at (which leads no index) is what both servers are asked for
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: [schema], poolConfig: { max: poolSize } })],
  grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ ready: true, url: `http://127.0.0.1:${address.port}` }));
});

const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
