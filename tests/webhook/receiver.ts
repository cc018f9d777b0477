/**
 * A real HTTP receiver for webhook tests (node:http on 127.0.0.1): it records every request
 * (headers and raw body) and answers with the status the test sets, e.g. 503 until it "recovers".
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
  answered: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** the status the next requests get (200 by default) */
  answer: number;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hook'): Promise<Receiver> {
  const receiver: Receiver = { url: '', received: [], answer: 200, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = req.method === 'POST' && req.url === path ? receiver.answer : 404;
      receiver.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now(), answered });
      res.statusCode = answered;
      res.end(answered === 200 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  receiver.close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return receiver;
}
