import type { Bundle, BundleChange, BundleSource } from './bundle.types.js';
import { BUNDLE_FORMAT_VERSION } from './bundle.types.js';
import { compareText } from './bundle.keys.js';
import type { BundleSection } from './bundle.section.js';

/**
 * The one way a bundle is written out: records in a stable order (by natural key), sets inside
 * records sorted (topics, addressees, attachments), lists whose order means something kept
 * (aliases, officers, sources), absent values and empty optional lists left out, and the keys of
 * each record in a fixed order. Export writes this form, so the same knowledge base always gives
 * the same bytes; any bundle (the seed, a partner's) can be brought to it to compare. Each
 * section says its records' form and order (`canonical`, `order`); the helpers below are theirs.
 */
export function canonicalBundle(sections: readonly BundleSection[], bundle: Bundle): Bundle {
  const lists = bundle as unknown as Record<string, unknown[] | undefined>;
  const out: Record<string, unknown> = { format: 'liaison-graph-bundle', version: BUNDLE_FORMAT_VERSION };
  for (const section of sections) {
    const records = lists[section.list];
    // an optional list is left out when empty
    if (section.optional && !records?.length) continue;
    out[section.list] = sortBy((records ?? []).map((r) => section.canonical(r as never)), (r) => section.order(r as never));
  }
  // by time; changes of one time (one write) keep the order they were recorded in
  if (bundle.changes?.length) out.changes = sortBy(bundle.changes.map(change), (c) => [c.at]);
  return out as unknown as Bundle;
}

/** a stable multi-key sort in code-point order */
export function sortBy<T>(items: T[], key: (item: T) => string[]): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.key.length, b.key.length); i++) {
      const c = compareText(a.key[i] ?? '', b.key[i] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

/** a number that sorts as text */
export const pad = (n: number) => String(n).padStart(10, '0');

/** a set of texts, sorted; absent when empty */
export const sorted = (values: string[] | undefined) => (values?.length ? [...values].sort(compareText) : undefined);
/** a list in its own order; absent when empty */
export const list = <T>(values: T[] | undefined) => (values?.length ? values : undefined);
/** a value; absent when null */
export const value = <T>(v: T | null | undefined) => (v === null || v === undefined ? undefined : v);

/** drops the keys whose value is undefined, keeping the order the record was written in */
export function clean<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

/** a record's sources, in their order; absent when none */
export function sources(list: BundleSource[] | undefined): BundleSource[] | undefined {
  return list?.length ? list.map((s) => clean({ document: s.document, excerpt: s.excerpt, note: value(s.note) })) : undefined;
}

function change(c: BundleChange): BundleChange {
  return clean({
    at: c.at,
    subjectType: c.subjectType,
    subject: c.subject,
    action: c.action,
    actor: c.actor,
    actorRole: c.actorRole,
    before: value(c.before),
    after: value(c.after),
    groups: sorted(c.groups),
    note: value(c.note),
    requestId: value(c.requestId),
  });
}
