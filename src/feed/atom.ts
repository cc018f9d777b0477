/**
 * Atom 1.0 (RFC 4287) documents from plain data: the feed's id, title, updated time and self
 * link, and entries with id, title, updated time, an optional published time, categories and
 * text content. Text is escaped, and characters XML 1.0 does not allow are dropped.
 */
export interface AtomEntry {
  /** a permanent, unique IRI */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  author?: string;
  /** plain text (shown by feed readers as the entry's body) */
  content: string;
  summary?: string;
  categories?: { term: string; label?: string }[];
  /** the page that shows it, as a path on this site (made absolute with the feed's siteUrl) */
  link?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** the feed's own absolute URL */
  selfUrl: string;
  /** this site's origin (scheme://host), for the entries' links */
  siteUrl: string;
  author: string;
  /** when anything in the feed last changed; defaults to the newest entry's updated time */
  updated?: Date;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the surrogates and U+FFFE/U+FFFF
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 3339 in UTC, to the second */
export function atomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${xmlText(text)}</${name}>`;
}

export function renderAtom(feed: AtomFeed): string {
  const updated = feed.updated ?? feed.entries.reduce<Date | undefined>((max, e) => (!max || e.updated > max ? e.updated : max), undefined) ?? new Date();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    `  ${element('updated', atomDate(updated))}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${element('generator', 'Liaison Graph')}`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${element('updated', atomDate(entry.updated))}`,
      ...(entry.published ? [`    ${element('published', atomDate(entry.published))}`] : []),
      ...(entry.link ? [`    <link rel="alternate" type="text/html" href="${xmlText(feed.siteUrl + entry.link)}"/>`] : []),
      ...(entry.author ? [`    <author>${element('name', entry.author)}</author>`] : []),
      ...(entry.categories ?? []).map(
        (c) => `    <category term="${xmlText(c.term)}"${c.label ? ` label="${xmlText(c.label)}"` : ''}/>`,
      ),
      ...(entry.summary ? [`    ${element('summary', entry.summary, ' type="text"')}`] : []),
      `    ${element('content', entry.content, ' type="text"')}`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
