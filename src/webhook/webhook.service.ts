import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { rawQuery } from '../platform/database/raw.js';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import type { Page } from '../platform/graphql/connection.js';
import { assertAdmin, requireViewer } from '../auth/authorization.js';
import type { Viewer } from '../auth/viewer.js';
import { rowIdOf, runWrite, type WriteRequest } from '../change/change.write.js';
import { requireGroup, type GroupFinder } from '../group/group.service.js';
import { Webhook, WEBHOOK_EVENTS, type DeliveryStatus, type WebhookEvent } from './webhook.entity.js';
import { listDeliveries, listWebhooks, webhookById, type DeliveryRow, type WebhookRow } from './webhook.queries.js';

/** Errors about webhooks. */
export class WebhookError extends AppError {}

// ---------------------------------------------------------------------------------------------
// Where a webhook may point

/** addresses a webhook may not reach: loopback, private, link-local, carrier-grade NAT, multicast, reserved */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return false;
  // an IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  return !NOT_PUBLIC.check(address, 'ipv6');
}

const MAX_URL_LENGTH = 2000;

/**
 * A webhook URL as it may be stored: https, no credentials in it, and a host that resolves to
 * public addresses only (looked up now: a name that points inside the network is refused like
 * the address itself). With `allowLocal` (WEBHOOK_ALLOW_LOCAL, for tests) loopback and private
 * addresses are allowed, and over plain http. The worker checks again before every attempt.
 */
export async function checkWebhookUrl(raw: string, allowLocal: boolean, field = 'url'): Promise<string> {
  const refuse = (message: string) => new WebhookError(ErrorCode.BAD_USER_INPUT, message, field);
  const text = String(raw ?? '').trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) throw refuse(`url must be an https:// URL of at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse(`"${text.slice(0, 100)}" is not a URL; a webhook needs an https:// URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(`A webhook URL must start with https://, not ${url.protocol}//`);
  if (url.username || url.password) throw refuse('A webhook URL may not carry a user name or password');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw refuse(`The host "${host.slice(0, 100)}" of the webhook URL does not resolve`);
    }
  }
  const local = addresses.filter((a) => !isPublicAddress(a));
  if (local.length > 0 && !allowLocal) {
    throw refuse(`The webhook URL points at a private or loopback address (${local[0]}); it must reach a public HTTPS endpoint`);
  }
  if (url.protocol !== 'https:' && !(allowLocal && local.length > 0)) throw refuse('A webhook URL must use https://');
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// Registering, listing, removing (ADMIN only)

export interface CreateWebhookValue {
  group: string;
  url: string;
  events: WebhookEvent[];
}

export interface CreatedWebhook {
  id: number;
  /** the signing secret, shown once */
  secret: string;
}

export interface WebhookPolicy {
  /** WEBHOOK_ALLOW_LOCAL */
  allowLocal: boolean;
}

/**
 * Registers a webhook. Who asks is checked first (UNAUTHENTICATED, FORBIDDEN), then the input;
 * the URL is resolved before the write's transaction opens (a slow name server holds no lock).
 * Webhooks are not recorded in the public history: their URLs are nobody else's business.
 */
export async function createWebhook(req: WriteRequest, input: CreateWebhookValue, policy: WebhookPolicy): Promise<CreatedWebhook> {
  assertAdmin(requireViewer(req), 'register webhooks');
  const events = [...new Set(input.events ?? [])];
  if (events.length === 0) throw new WebhookError(ErrorCode.BAD_USER_INPUT, `events must name at least one of ${WEBHOOK_EVENTS.join(', ')}`, 'events');
  const bad = events.find((e) => !WEBHOOK_EVENTS.includes(e));
  if (bad) throw new WebhookError(ErrorCode.BAD_USER_INPUT, `"${String(bad).slice(0, 40)}" is not one of ${WEBHOOK_EVENTS.join(', ')}`, 'events');
  const url = await checkWebhookUrl(input.url, policy.allowLocal);
  return runWrite(req, async (w) => {
    const group = await requireGroup(w.loaders.group, input.group, 'group');
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const webhook = w.em.create(Webhook, { group: group.id, url, events, secret, createdBy: w.viewer.label } as never);
    w.em.persist(webhook);
    await w.em.flush();
    return { id: webhook.id, secret };
  });
}

/** Removes a webhook, with its deliveries (pending ones are not sent) and their log. */
export async function removeWebhook(req: WriteRequest, id: string): Promise<string> {
  assertAdmin(requireViewer(req), 'remove webhooks');
  const rowId = rowIdOf(id, 'Webhook', 'id');
  return runWrite(req, async (w) => {
    const result = await rawQuery(w.em, 'delete from webhooks where id = ? returning id', [rowId]);
    if (result.rows.length === 0) throw new WebhookError(ErrorCode.NOT_FOUND, `No webhook has the id "${id}"`, 'id');
    return encodeGlobalId('Webhook', rowId);
  });
}

export function getWebhook(em: EntityManager, id: number): Promise<WebhookRow | null> {
  return webhookById(em, id);
}

export async function webhooksOf(em: EntityManager, groups: GroupFinder, viewer: Viewer | null, group: string | null | undefined, page: PageRequest): Promise<Page<WebhookRow>> {
  assertAdmin(requireViewer({ viewer, credentialProblem: null }), 'list webhooks');
  const groupId = group == null ? null : (await requireGroup(groups, group, 'group')).id;
  return listWebhooks(em, groupId, page);
}

export async function deliveriesOf(
  em: EntityManager,
  viewer: Viewer | null,
  filter: { webhook?: string | null; status?: DeliveryStatus[] | null } | null | undefined,
  page: PageRequest,
): Promise<Page<DeliveryRow>> {
  assertAdmin(requireViewer({ viewer, credentialProblem: null }), 'read webhook deliveries');
  const webhookId = filter?.webhook == null ? null : rowIdOf(filter.webhook, 'Webhook', 'filter.webhook');
  return listDeliveries(em, { webhookId, status: filter?.status?.length ? filter.status : null }, page);
}
