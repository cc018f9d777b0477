/**
 * A real graphql-ws client (the one partners use) for the live-update tests, over Node's `ws`,
 * and a recorder of one subscription's events and errors.
 */
import { print, type FormattedExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveClient {
  client: Client;
  /** the close event the server sent, once it closed the socket */
  closed: Promise<{ code: number; reason: string }>;
  /** resolves once the server acknowledged connection_init */
  connected: Promise<void>;
  dispose(): Promise<void>;
}

/** connects to `<http url>/graphql` over WebSocket; `authorization` goes in connection_init */
export function liveClient(httpUrl: string, authorization?: string, headers?: Record<string, string>): LiveClient {
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  let onConnected!: () => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  class HeaderedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: headers ? HeaderedWebSocket : WebSocket,
    connectionParams: authorization ? { authorization } : undefined,
    // a test wants the first refusal, not a retry
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string | Buffer };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => {},
  });
  return { client, closed, connected, dispose: () => client.dispose() as Promise<void> };
}

export interface Recorded<T> {
  events: FormattedExecutionResult<T, unknown>[];
  /** an `error` message's errors (the operation was refused), or a transport error */
  error: Promise<unknown>;
  /** resolves with the events once there are at least `count` */
  waitFor(count: number, ms?: number): Promise<FormattedExecutionResult<T, unknown>[]>;
  /** a complete arrived (the server ended the operation) */
  completed: Promise<void>;
  stop(): void;
}

export function record<T, V extends Record<string, unknown>>(live: LiveClient, document: TypedDocumentNode<T, V>, variables?: V): Recorded<T> {
  const events: FormattedExecutionResult<T, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let onError!: (e: unknown) => void;
  const error = new Promise<unknown>((resolve) => (onError = resolve));
  let onComplete!: () => void;
  const completed = new Promise<void>((resolve) => (onComplete = resolve));
  const stop = live.client.subscribe<T>(
    { query: print(document), variables },
    {
      next: (value) => {
        events.push(value);
        waiters.splice(0).forEach((w) => w());
      },
      error: (e) => onError(e),
      complete: () => onComplete(),
    },
  );
  return {
    events,
    error,
    completed,
    stop,
    async waitFor(count, ms = 15_000) {
      const deadline = Date.now() + ms;
      while (events.length < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} events; got ${JSON.stringify(events).slice(0, 1000)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return events;
    },
  };
}

/** lets events that would arrive, arrive (to show that one did not) */
export const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));
