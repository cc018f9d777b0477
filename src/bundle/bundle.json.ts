import type { Bundle } from './bundle.types.js';

/**
 * A bundle's file text, `JSON.stringify(bundle, null, 2)` and a newline, in pieces: one piece
 * per object of each list, so a large bundle goes out over HTTP (or to a file) without one
 * string of its whole size. The pieces join to exactly the bytes JSON.stringify would give:
 * `npm run export` and `GET /export.json` write the same file.
 */
export function* bundleJsonChunks(bundle: Bundle): Generator<string> {
  const entries = Object.entries(bundle).filter(([, value]) => value !== undefined);
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    yield `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (let j = 0; j < value.length; j++) {
        // JSON.stringify writes undefined (and functions) in an array as null
        const item = JSON.stringify(value[j], null, 2) ?? 'null';
        yield `\n    ${indent(item, '    ')}${j < value.length - 1 ? ',' : ''}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `${indent(JSON.stringify(value, null, 2), '  ')}${comma}`;
    }
  }
  yield entries.length ? '\n}\n' : '}\n';
}
