/**
 * Natural keys, as export writes them and import matches them. Records that have no natural
 * key of their own (action items, liaisons, reports, milestones, best practices) carry a `key`;
 * one written through the API may have none, so export derives one from its title, and import
 * derives the same from the database before matching — so exporting a database and importing
 * the bundle back into it changes nothing, and importing it elsewhere stores the key.
 */

/** code-point order: the same on every machine and database collation */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** a readable key from a title: lower-case ASCII words joined by hyphens, at most 60 characters */
export function slugKey(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug || 'untitled';
  const cut = slug.slice(0, 60);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}

/**
 * The key of each record: its own where it has one, else one derived from `base` (made unique
 * with -2, -3, … in the order given, which must be stable: creation time, then row id).
 */
export function assignKeys<T>(rows: readonly T[], own: (row: T) => string | null | undefined, base: (row: T) => string): Map<T, string> {
  const keys = new Map<T, string>();
  const taken = new Set<string>();
  for (const row of rows) {
    const key = own(row);
    if (key != null) {
      keys.set(row, key);
      taken.add(key);
    }
  }
  for (const row of rows) {
    if (keys.has(row)) continue;
    const stem = base(row);
    let key = stem;
    for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`;
    keys.set(row, key);
    taken.add(key);
  }
  return keys;
}
