/**
 * Opaque global ids for `node(id:)`: base64url of "<Type>:<row id>". Clients must not
 * parse them; the encoding may change, the promise is only that node(id:) finds the object.
 */
export function encodeGlobalId(typename: string, id: number): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 100) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id > 2147483647) return null;
  return { typename: match[1], id };
}
