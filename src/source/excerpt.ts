/**
 * The one rule for "this excerpt is verbatim in its document", shared by the API's writes
 * (checkSources) and the importer (bundle.import.ts), so that whatever the API accepts an export
 * carries and an import of it accepts. Character for character, no normalisation beyond what
 * both ways in already do to every text (the API trims an excerpt; a document's text is stored as
 * given). A document without a text cannot be checked, so any excerpt of it is taken as given.
 */
export function excerptOccursIn(documentText: string | null | undefined, excerpt: string): boolean {
  return !documentText || documentText.includes(excerpt);
}

/** the words both ways in use for an excerpt that fails excerptOccursIn */
export function excerptProblem(symbol: string, excerpt: string): string {
  return `is not verbatim in ${symbol}: "${excerpt.slice(0, 80)}…"`;
}
