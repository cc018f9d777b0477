/**
 * Bytes the server allocates per answer, and which functions allocate them:
 * `DATABASE_URL=postgres://… npx tsx bench/compare/allocation.ts [runs] [--only thread,typename]
 * [--server-root /other/checkout] [--top 25]`. Starts the production build (as cpu-time.ts does,
 * response cache off) with the inspector on a loopback port, warms it up, then samples every
 * allocation of `runs` answers sent one after the other (V8's sampling heap profiler, one sample
 * per 1 kB, collected objects included). `typename` is `{ __typename }`: what a request costs
 * before it reads. Garbage collection is a sixth to a quarter of the server's CPU per answer
 * (a CPU profile at 32 connections), and on this shared 2-core machine CPU times of one change
 * drown in noise; the bytes per answer repeat to about 1 % from run to run, so a change's
 * effect on the garbage is read here, alternating with --server-root's build.
 */
import WebSocket from 'ws';
import { OPERATION_NAMES, prepareOperation, query, startServer, type OperationName } from '../bench.js';
import { measureOptions } from './measure-options.js';

const { url, runs, names, roots, values } = measureOptions({ runs: 2000, names: ['typename', ...OPERATION_NAMES] }, ['top']);
const top = Number(values.top ?? 25);
const INSPECTOR_PORT = 9339;

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** a Chrome DevTools protocol session on the server's inspector */
async function inspect(): Promise<{ call(method: string, params?: object): Promise<any>; close(): void }> {
  const targets = (await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  let next = 0;
  return {
    call: (method, params = {}) =>
      new Promise((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

const where = (frame: ProfileNode['callFrame']) =>
  frame.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(process.cwd() + '/', '') || '(native)';

async function measure(root: string | undefined, name: string): Promise<void> {
  const server = await startServer(url, { root, env: { RESPONSE_CACHE_SECONDS: '0' }, nodeArgs: [`--inspect=127.0.0.1:${INSPECTOR_PORT}`] });
  try {
    const body =
      name === 'typename' ? JSON.stringify({ query: '{ __typename }' }) : (await prepareOperation(server.url, name as OperationName)).body;
    if (!body) return console.log(`${name}: skipped`);
    const { query: text, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    // an answer with errors would be measured as if it were one: query() refuses it
    const send = () => query(server.url, name, text, variables);
    for (let i = 0; i < Math.min(1000, runs); i++) await send();
    const inspector = await inspect();
    await inspector.call('HeapProfiler.enable');
    await inspector.call('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < runs; i++) await send();
    const { profile } = (await inspector.call('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
    inspector.close();
    const byFunction = new Map<string, number>();
    let total = 0;
    const walk = (node: ProfileNode) => {
      const key = `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame)}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
      node.children.forEach(walk);
    };
    walk(profile.head);
    const kB = (bytes: number) => (bytes / runs / 1024).toFixed(1);
    console.log(`${name.padEnd(10)} ${(root ?? 'this checkout').padEnd(22)} ${runs} answers: ${kB(total)} kB allocated per answer`);
    for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${kB(bytes).padStart(7)} kB  ${key}`);
  } finally {
    await server.stop();
  }
}

for (const name of names) for (const root of roots) await measure(root, name);
