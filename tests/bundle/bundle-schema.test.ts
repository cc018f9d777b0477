import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { bundleSchemaText, SCHEMA_FILE } from '../../scripts/bundle-schema.js';
import { recordAndField } from '../../src/bundle/bundle.validate.js';
import { bundleFormat, canonicalBundle, BundleSchema } from '../../src/app/bundle.js';
import type { BundleChange } from '../../src/bundle/bundle.types.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';
import { seedBundle } from '../../src/seed/seed.data.js';

describe('schema/bundle.schema.json', () => {
  it('is what zod generates from the bundle sections (run `npm run bundle:schema` after changing the format)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(bundleSchemaText());
  });

  it('accepts the seed bundle, as written and in canonical form', () => {
    expect(bundleFormat.problem(seedAsBundle())).toBeNull();
    expect(bundleFormat.problem(canonicalBundle(seedAsBundle()))).toBeNull();
  });

  it('keeps seed-only conveniences out of the file format (textFile)', () => {
    const problem = bundleFormat.problem(seedBundle);
    expect(problem && recordAndField(problem.path)).toEqual({ record: 'documents[0]', field: 'textFile' });
  });

  it.each(BROKEN)('refuses %s, naming the record and field', (_what, breakIt, where, message) => {
    const bundle = structuredClone(seedAsBundle());
    breakIt(bundle);
    const problem = bundleFormat.problem(bundle);
    expect(problem).not.toBeNull();
    expect(recordAndField(problem!.path)).toEqual(where);
    expect(problem!.message).toMatch(message);
  });
});

describe('the schema compiled to a yes/no test (bundle.validate.ts)', () => {
  const zodSays = (bundle: unknown) => BundleSchema.safeParse(bundle).success;
  const history = (b: any) => {
    b.changes = [{ ...change, before: { name: 'Old', officers: [{ role: 'Chair', name: 'A' }] }, after: { name: 'New', parent: { node: 'Group', key: 'ITU-D' } } }];
  };

  it('compiles the whole format (a node it does not know would leave every import to zod, three times slower)', () => {
    expect(bundleFormat.compiledTest()).not.toBeNull();
  });

  it.each<[string, (b: any) => void]>([
    ['the seed bundle', () => {}],
    ['a history with snapshots', history],
    ['a liaison with its template fields', (b) => {
      b.liaisons[0].contacts = [{ group: b.liaisons[0].from, name: 'A', email: 'a@example.org' }];
      b.liaisons[0].approval = { by: 'SG chair', level: 'CHAIR' };
    }],
    ['a leap day', (b) => { b.meetings[0].startsOn = '2024-02-29'; b.meetings[0].endsOn = '2024-02-29'; }],
  ])('says yes to %s, as zod does', (_what, change) => {
    const bundle = structuredClone(seedAsBundle());
    change(bundle);
    expect(zodSays(bundle)).toBe(true);
    expect(bundleFormat.compiledTest()!(bundle)).toBe(true);
  });

  it.each<[string, (b: any) => void]>([
    ...BROKEN.map(([what, breakIt]): [string, (b: any) => void] => [what, breakIt]),
    ['a day that does not exist', (b) => { b.meetings[0].endsOn = '2025-02-29'; }],
    ['a field a nested record does not have', (b) => { b.liaisons[0].to[0].cc = 'x'; }],
    ['a NUL in a text', (b) => { b.groups[0].name = 'a\u0000b'; }],
    ['a NUL in a snapshot\'s field name', (b) => { history(b); b.changes[0].after['a\u0000'] = 1; }],
    ['a text over its limit', (b) => { b.outcomes[0].text = 'x'.repeat(50_001); }],
    ['a list where a record belongs', (b) => { b.groups[0] = []; }],
    ['a document URL that is not http(s)', (b) => { b.documents[0].url = 'javascript:alert(1)'; }],
    ['an approval after the liaison was sent', (b) => {
      b.liaisons[0].sentOn = '2025-01-01';
      b.liaisons[0].approval = { by: 'SG chair', level: 'CHAIR', on: '2025-02-01' };
    }],
  ])('says no to %s, as zod does (zod then words the problem)', (_what, breakIt) => {
    const bundle = structuredClone(seedAsBundle());
    breakIt(bundle);
    expect(zodSays(bundle)).toBe(false);
    expect(bundleFormat.compiledTest()!(bundle)).toBe(false);
  });
});

const change: BundleChange = { at: '2025-03-01T10:00:00Z', subjectType: 'Group', subject: 'BDT', action: 'UPDATE', actor: 'import', actorRole: 'ADMIN' };

const BROKEN: [string, (b: any) => void, { record: string; field: string }, RegExp][] = [
    ['a meeting key of the wrong form', (b) => { b.outcomes[0].meeting = 'CWG-COP 21'; }, { record: 'outcomes[0]', field: 'meeting' }, /does not match the form: A meeting's natural key/],
    ['a blank title', (b) => { b.reports[0].title = '   '; }, { record: 'reports[0]', field: 'title' }, /does not match/],
    ['a position of 0', (b) => { b.outcomes[1].position = 0; }, { record: 'outcomes[1]', field: 'position' }, /at least 1/],
    ['a fractional count', (b) => { b.meetings[0].participantCount = 12.5; }, { record: 'meetings[0]', field: 'participantCount' }, /whole number/],
    ['a liaison without addressees', (b) => { b.liaisons[1].to = []; }, { record: 'liaisons[1]', field: 'to' }, /at least 1/],
    ['a topic slug with capitals', (b) => { b.meetings[1].topics[0] = 'Age Verification'; b.topics[0].slug = 'Age Verification'; }, { record: 'topics[0]', field: 'slug' }, /does not match the form: kebab-case/],
    ['another version', (b) => { b.version = 2; }, { record: 'bundle', field: 'version' }, /must be 1/],
    ['a change without a time zone', (b) => { b.changes = [{ ...change, at: '2025-03-01 10:00' }]; }, { record: 'changes[0]', field: 'at' }, /not a timestamp/],
    ['a change by a role that does not exist', (b) => { b.changes = [{ ...change, actorRole: 'OWNER' as never }]; }, { record: 'changes[0]', field: 'actorRole' }, /must be one of ADMIN, SECRETARIAT, EDITOR/],
    ['a record without its status (an enumeration)', (b) => { delete b.actionItems[1].status; }, { record: 'actionItems[1]', field: 'status' }, /^is required$/],
    ['a document without its public flag', (b) => { delete b.documents[0].public; }, { record: 'documents[0]', field: 'public' }, /^is required$/],
    ['a contact with an invalid e-mail address (the liaison domain’s rule)', (b) => { b.liaisons[0].contacts = [{ group: b.liaisons[0].from, name: 'A', email: 'not-an-address' }]; },
      { record: 'liaisons[0].contacts[0]', field: 'email' }, /is not an e-mail address/],
    ['a FOR_ACTION liaison without a deadline (the liaison domain’s rule)', (b) => { b.liaisons[0].to[0].purpose = 'FOR_ACTION'; delete b.liaisons[0].deadline; },
      { record: 'liaisons[0]', field: 'deadline' }, /^a liaison FOR_ACTION needs a deadline$/],
    ['a change without its writer', (b) => { const { actor: _, ...anonymous } = change; b.changes = [anonymous as never]; }, { record: 'changes[0]', field: 'actor' }, /is required/],
];
