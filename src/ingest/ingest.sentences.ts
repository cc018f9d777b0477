/**
 * A document's text as sentences, each with its place in the text, so that every fact the
 * proposal drafts can cite its sentence verbatim (text.slice(start, end) is the excerpt).
 *
 * Splitting uses the runtime's Unicode sentence segmenter (Intl.Segmenter, ICU), then mends the
 * places where ITU prose fools it: "(p.m.)", "Rev. Bucharest", "Mod. 2015", "No. 3". A line is
 * a paragraph; a leading bullet ("–", "-", "•", "a)", "1.1") is kept apart as the sentence's
 * marker, not part of it.
 */
export interface Sentence {
  /** the sentence, verbatim (text.slice(start, end)) */
  text: string;
  start: number;
  end: number;
  /** the paragraph (line) it is in, counting from 0 */
  paragraph: number;
  /** the paragraph's bullet or number, when it has one ("–", "a)", "1.3") */
  marker: string | null;
  /** the first sentence of its paragraph */
  first: boolean;
}

const MARKER = /^[ \t\u00a0]*((?:[–\-•·*])|(?:[a-z]\))|(?:\d+(?:\.\d+)*\.?))[ \t\u00a0]+/;
/** a segment ending in one of these did not end a sentence */
const NOT_AN_END = /(?:\b(?:[ap]\.m|Rev|Mod|No|Nos|Res|Doc|Vol|e\.g|i\.e|cf|para|Art|St|Mr|Ms|Dr|Prof)\.|\(\s*[ap]\.m\.)\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    const marker = MARKER.exec(line);
    const bodyStart = marker ? marker[0].length : 0;
    const body = line.slice(bodyStart);
    const pieces: { start: number; end: number }[] = [];
    for (const { segment, index } of segmenter.segment(body)) {
      const lead = segment.length - segment.trimStart().length;
      const start = index + lead;
      const end = index + segment.trimEnd().length;
      if (end <= start) continue;
      const previous = pieces.at(-1);
      // mend a split after an abbreviation, or before a lower-case word or a bracket
      if (previous && (NOT_AN_END.test(body.slice(previous.start, previous.end)) || /^[a-z(]/.test(body.slice(start)))) previous.end = end;
      else pieces.push({ start, end });
    }
    pieces.forEach((piece, i) => {
      const start = lineStart + bodyStart + piece.start;
      const end = lineStart + bodyStart + piece.end;
      sentences.push({ text: text.slice(start, end), start, end, paragraph, marker: marker ? marker[1]! : null, first: i === 0 });
    });
    paragraph += 1;
  }
  return sentences;
}
