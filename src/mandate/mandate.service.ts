import { LockMode, ref, type EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { decodeGlobalId, encodeGlobalId } from '../platform/graphql/global-id.js';
import { parsePartialDate, partialDateEnd, partialDateProblem } from '../platform/dates/partial-date.js';
import { rawQuery } from '../platform/database/raw.js';
import type { Snapshot } from '../change/change.entity.js';
import { assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import type { Group } from '../group/group.entity.js';
import { requireGroup } from '../group/group.service.js';
import type { Topic } from '../topic/topic.entity.js';
import { requireTopic } from '../topic/topic.service.js';
import { addSources, checkSources, type CheckedSource, type SourceInputValue } from '../source/source.service.js';
import { slugKey } from '../bundle/bundle.keys.js';
import { AdoptingBody as AdoptingBodies, ASKS_WITH_TARGET, Clause, ClauseAsk, Resolution, type AdoptingBody } from './mandate.entity.js';
import { listResolutions, type ResolutionRow } from './mandate.queries.js';
import type { EvidenceRow } from './mandate.rules.js';

/** Resolutions, all or one body's. */
export function findResolutions(em: EntityManager, filter: { adoptedBy?: AdoptingBody | null }): Promise<ResolutionRow[]> {
  return listResolutions(em, filter);
}

/** One resolution by number; a number two bodies share needs the body (BAD_USER_INPUT, naming them). */
export async function findResolution(em: EntityManager, number: string, adoptedBy: AdoptingBody | null): Promise<ResolutionRow | null> {
  const found = await listResolutions(em, { number, adoptedBy });
  const bodies = [...new Set(found.map((r) => r.adoptedBy))];
  if (bodies.length > 1) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Resolution ${number.trim()} was adopted by several bodies (${bodies.join(', ')}): say which with adoptedBy.`, 'adoptedBy');
  }
  return found[0] ?? null;
}

/** the objects a coverage names, through the request's by-id loaders (one batch per type) */
export async function coverageNodes(ctx: RequestContext, rows: readonly EvidenceRow[]): Promise<object[]> {
  const nodes = await Promise.all(rows.map((r) => ctx.loaders.nodeById(r.type)?.load(r.id) ?? Promise.resolve(null)));
  return nodes.filter((n): n is object => n != null);
}

// ---------------------------------------------------------------------------------------------
// Writes: resolutions and their clauses, through the API

/** Errors about resolutions and clauses. */
export class MandateError extends AppError {}

const BODIES = Object.values(AdoptingBodies) as string[];
const CLAUSE_ASKS = Object.values(ClauseAsk) as string[];
/** how a derived key names the adopting body: "pp-179-rev-bucharest-2022" */
const BODY_PREFIX: Record<AdoptingBody, string> = {
  PLENIPOTENTIARY_CONFERENCE: 'pp',
  COUNCIL: 'council',
  WORLD_TELECOMMUNICATION_DEVELOPMENT_CONFERENCE: 'wtdc',
  WORLD_TELECOMMUNICATION_STANDARDIZATION_ASSEMBLY: 'wtsa',
  OTHER: 'resolution',
};
const CLAUSE_KEY = /^(.+)\/(\d{1,4})$/;

/** A resolution named in an input: by id or by key; unknown is NOT_FOUND naming the field. */
export async function requireResolution(w: Write, name: string, field: string): Promise<Resolution> {
  const decoded = decodeGlobalId(name);
  const found = decoded?.typename === 'Resolution'
    ? await w.em.findOne(Resolution, { id: decoded.id })
    : name.length <= LIMITS.short ? await w.em.findOne(Resolution, { key: name.trim() }) : null;
  if (!found) throw new MandateError(ErrorCode.NOT_FOUND, `No resolution is known as "${name.slice(0, 100)}" (give its id or its key, e.g. "pp-179-bucharest-2022")`, field);
  return found;
}

/** A clause named in an input: by id or as "<resolution key>/<position>"; unknown is NOT_FOUND naming the field. */
export async function requireClause(w: Write, name: string, field: string): Promise<Clause> {
  const decoded = decodeGlobalId(name);
  let found: Clause | null = null;
  if (decoded?.typename === 'Clause') found = await w.em.findOne(Clause, { id: decoded.id });
  else {
    const key = name.length <= LIMITS.short ? CLAUSE_KEY.exec(name.trim()) : null;
    const resolution = key ? await w.em.findOne(Resolution, { key: key[1] }) : null;
    if (key && resolution) found = await w.em.findOne(Clause, { resolution: resolution.id, position: Number(key[2]) });
  }
  if (!found) throw new MandateError(ErrorCode.NOT_FOUND, `No clause is known as "${name.slice(0, 100)}" (give its id or "<resolution key>/<position>", e.g. "pp-179-bucharest-2022/3")`, field);
  return found;
}

/** "pp-179-bucharest-2022/3": how messages name a clause */
async function clauseLabel(w: Write, clause: Clause): Promise<string> {
  const resolution = await w.em.findOneOrFail(Resolution, { id: clause.resolution.id });
  return `${resolution.key}/${clause.position}`;
}

/** the groups a resolution's clauses ask to act: a resolution belongs to them */
async function resolutionGroupIds(w: Write, resolutionId: number): Promise<number[]> {
  const result = await rawQuery(w.em, 'select distinct group_id from mandate_clauses where resolution_id = ? order by group_id', [resolutionId]);
  return (result.rows as { group_id: number }[]).map((r) => Number(r.group_id));
}

/**
 * Who may write a resolution: it belongs to the groups its clauses ask to act, and an EDITOR
 * writes it only when every one of them is its own (a change of the resolution shows on each
 * group's mandates). One without clauses belongs to no group: SECRETARIAT and ADMIN write it.
 */
function assertMayWriteResolution(w: Write, what: string, groups: readonly Group[]): void {
  if (groups.length === 0) assertMayWrite(w.viewer, { what, groups: [] });
  for (const group of groups) assertMayWrite(w.viewer, { what, groups: [group] });
}

/** A resolution as the history shows it (the API's writes record this shape). */
export function resolutionSnapshot(r: { key: string; number: string; revision?: string | null; title?: string | null; adoptedBy: string }): Snapshot {
  return { key: r.key, number: r.number, revision: r.revision ?? null, title: r.title ?? null, adoptedBy: r.adoptedBy };
}

export const resolutionHistory: HistorySubject<Resolution> = {
  snapshot: async (_w, r) => resolutionSnapshot(r),
  groupIds: (w, r) => resolutionGroupIds(w, r.id),
};

/** A clause as the history shows it, its references named (its resolution by id, as a milestone's report). */
export interface ClauseSnapshot {
  resolutionId: number;
  position: number;
  text: string;
  group: string | null;
  ask: string;
  target: string | null;
  constituency: string | null;
  topic: string | null;
  interval: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export function clauseSnapshot(c: ClauseSnapshot): Snapshot {
  return {
    resolution: encodeGlobalId('Resolution', c.resolutionId),
    position: c.position,
    text: c.text,
    group: c.group,
    ask: c.ask,
    target: c.target,
    constituency: c.constituency,
    topic: c.topic,
    interval: c.interval,
    periodStart: c.periodStart,
    periodEnd: c.periodEnd,
  };
}

export const clauseHistory: HistorySubject<Clause> = {
  async snapshot(w, c) {
    const [group] = await w.groups([c.group.id]);
    const [target] = c.target ? await w.groups([c.target.id]) : [];
    const topic = c.topic ? await c.topic.load() : null;
    return clauseSnapshot({
      resolutionId: c.resolution.id,
      position: c.position,
      text: c.text,
      group: group?.acronym ?? null,
      ask: c.ask,
      target: target?.acronym ?? null,
      constituency: c.constituency ?? null,
      topic: topic?.slug ?? null,
      interval: c.interval ?? null,
      periodStart: c.periodStart ?? null,
      periodEnd: c.periodEnd ?? null,
    });
  },
  async groupIds(_w, c) {
    return [c.group.id];
  },
};

export interface ClauseInputValue {
  text: string;
  group: string;
  ask: ClauseAsk;
  target?: string | null;
  constituency?: string | null;
  topic?: string | null;
  interval?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  sources?: SourceInputValue[] | null;
}

/** a clause's values, checked and resolved, as its row holds them */
interface ClauseValues {
  text: string;
  group: Group;
  ask: ClauseAsk;
  target: Group | null;
  constituency: string | null;
  topic: Topic | null;
  interval: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

/**
 * A clause's period: its bounds as precise as the source gives them (YYYY, YYYY-MM or
 * YYYY-MM-DD), stored as the days they bound: a start's first day, an end's last day ("2022" to
 * "2026" is 1 January 2022 to 31 December 2026). A bound that is not a partial date, or an end
 * before the start, is a problem naming its field; null then.
 */
function checkPeriod(check: InputCheck, at: string, start: string | null | undefined, end: string | null | undefined): { start: string | null; end: string | null } | null {
  check.partialDate(`${at}periodStart`, start);
  check.partialDate(`${at}periodEnd`, end);
  const first = start == null ? null : parsePartialDate(start)?.start;
  const last = end == null ? null : partialDateProblem(end) === null ? partialDateEnd(end) : undefined;
  if (first === undefined || last === undefined) return null;
  if (first !== null && last !== null && last < first) {
    check.add(`${at}periodEnd`, `${at}periodEnd: the period ends (${end}) before it begins (${start})`);
    return null;
  }
  return { start: first, end: last };
}

/**
 * The rules of one clause, those the bundle applies too (mandate.bundle.ts, BundleClause): the
 * typed form's groups and topic must exist (NOT_FOUND naming the field), LIAISE_WITH and
 * REPORT_TO name a target, CONSULT a topic, the period is a period. `group` is resolved by the
 * caller (who may write the clause depends on it). Problems go to `check`, fields prefixed `at`.
 */
async function checkClause(w: Write, check: InputCheck, input: ClauseInputValue, group: Group | undefined, at: string): Promise<ClauseValues | null> {
  const text = check.text(`${at}text`, input.text, LIMITS.long);
  if (!CLAUSE_ASKS.includes(input.ask)) check.add(`${at}ask`, `${at}ask must be one of ${CLAUSE_ASKS.join(', ')}`);
  const target = input.target != null ? await check.resolve(() => requireGroup(w.loaders.group, input.target!, `${at}target`)) : null;
  if (input.target == null && ASKS_WITH_TARGET.includes(input.ask)) check.add(`${at}target`, `${at}target is required when the ask is ${input.ask}: the other group`);
  const topic = input.topic != null ? await check.resolve(() => requireTopic(w.em, input.topic!, `${at}topic`)) : null;
  if (input.topic == null && input.ask === ClauseAsk.CONSULT) check.add(`${at}topic`, `${at}topic is required when the ask is CONSULT: the topic a meeting carries when it recorded the consultation`);
  const constituency = check.optionalText(`${at}constituency`, input.constituency) ?? null;
  const interval = check.optionalText(`${at}interval`, input.interval) ?? null;
  const period = checkPeriod(check, at, input.periodStart, input.periodEnd);
  if (!group || target === undefined || topic === undefined || !period) return null;
  return { text, group, ask: input.ask, target, constituency, topic, interval, periodStart: period.start, periodEnd: period.end };
}

/** a clause's columns from its checked values */
function clauseColumns(v: ClauseValues) {
  return {
    text: v.text,
    group: ref(v.group),
    ask: v.ask,
    target: v.target ? ref(v.target) : null,
    constituency: v.constituency,
    topic: v.topic ? ref(v.topic) : null,
    interval: v.interval,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
  };
}

export interface CreateResolutionInputValue {
  key?: string | null;
  number: string;
  revision?: string | null;
  title?: string | null;
  adoptedBy: AdoptingBody;
  clauses?: ClauseInputValue[] | null;
  sources?: SourceInputValue[] | null;
}

/**
 * Records a resolution with its clauses in order (positions 1, 2, 3, …). Its key is given or
 * derived ("pp-179-rev-bucharest-2022"); a key in use is CONFLICT. Who may: see assertMayWriteResolution.
 */
export function createResolution(req: WriteRequest, input: CreateResolutionInputValue): Promise<Resolution> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const clauses = check.list('clauses', input.clauses) ?? [];
    const groups: (Group | undefined)[] = [];
    for (const [i, c] of clauses.entries()) groups.push(await check.resolve(() => requireGroup(w.loaders.group, c.group, `clauses[${i}].group`)));
    const known = [...new Set(groups.filter((g): g is Group => g !== undefined))];
    // who may write it depends on the groups its clauses address: judged first whenever they are known
    if (clauses.length === 0 || known.length > 0) assertMayWriteResolution(w, 'a resolution' + (known.length ? ` asking ${known.map((g) => g.acronym).join(', ')} to act` : ''), known);

    const number = check.text('number', input.number);
    const revision = check.optionalText('revision', input.revision) ?? null;
    const title = check.optionalText('title', input.title) ?? null;
    if (!BODIES.includes(input.adoptedBy)) check.add('adoptedBy', `adoptedBy must be one of ${BODIES.join(', ')}`);
    const key = input.key != null ? check.text('key', input.key) : slugKey(`${BODY_PREFIX[input.adoptedBy] ?? 'resolution'} ${number} ${revision ?? ''}`);
    if (key !== '' && (await w.em.count(Resolution, { key })) > 0) {
      check.add('key', `The key "${key}" is another resolution's${input.key == null ? ' (derived from the body, number and revision: give a key of its own)' : ''}`, ErrorCode.CONFLICT);
    }
    const values: (ClauseValues | null)[] = [];
    const clauseSources: CheckedSource[][] = [];
    for (const [i, c] of clauses.entries()) {
      values.push(await checkClause(w, check, c, groups[i], `clauses[${i}].`));
      clauseSources.push(await checkSources(w, check, c.sources, `clauses[${i}].sources`));
    }
    const sources = await checkSources(w, check, input.sources);
    check.done();

    const resolution = w.em.create(Resolution, { key, number, revision, title, adoptedBy: input.adoptedBy } as never);
    w.em.persist(resolution);
    const created = values.map((v, i) => {
      const clause = w.em.create(Clause, { resolution, position: i + 1, ...clauseColumns(v!) } as never);
      w.em.persist(clause);
      return clause;
    });
    await w.em.flush();
    await addSources(w, resolution, sources);
    w.created(resolution, resolutionHistory);
    for (const [i, clause] of created.entries()) {
      await addSources(w, clause, clauseSources[i]);
      w.created(clause, clauseHistory);
    }
    return resolution;
  });
}

export interface UpdateResolutionInputValue {
  resolution: string;
  version: number;
  number?: string | null;
  revision?: string | null;
  title?: string | null;
  adoptedBy?: AdoptingBody | null;
}

/** Changes a resolution's number, revision, title or body; its key stays (it is its natural key). */
export function updateResolution(req: WriteRequest, input: UpdateResolutionInputValue): Promise<Resolution> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const found = await check.resolve(() => requireResolution(w, input.resolution, 'resolution'));
    check.done();
    const resolution = await w.lockForUpdate(Resolution, found!.nodeId, 'resolution');
    assertMayWriteResolution(w, `the resolution ${resolution.key}`, await w.groups(await resolutionGroupIds(w, resolution.id)));
    w.assertVersion(resolution, input.version, `The resolution ${resolution.key}`);

    for (const field of ['number', 'adoptedBy'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    const number = input.number != null ? check.text('number', input.number) : undefined;
    const revision = check.optionalText('revision', input.revision);
    const title = check.optionalText('title', input.title);
    if (input.adoptedBy != null && !BODIES.includes(input.adoptedBy)) check.add('adoptedBy', `adoptedBy must be one of ${BODIES.join(', ')}`);
    check.done();

    await w.changing(resolution, resolutionHistory, 'UPDATE');
    if (number !== undefined) resolution.number = number;
    if (revision !== undefined) resolution.revision = revision;
    if (title !== undefined) resolution.title = title;
    if (input.adoptedBy != null) resolution.adoptedBy = input.adoptedBy;
    return resolution;
  });
}

export interface AddClauseInputValue extends ClauseInputValue {
  resolution: string;
}

/** Appends a clause to a resolution, after its last one (EDITOR: a clause asking one of its groups to act). */
export function addClause(req: WriteRequest, input: AddClauseInputValue): Promise<Clause> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const resolution = await check.resolve(() => requireResolution(w, input.resolution, 'resolution'));
    const group = await check.resolve(() => requireGroup(w.loaders.group, input.group, 'group'));
    // who may write it depends on the group it asks to act: judged first whenever it is known
    if (group) assertMayWrite(w.viewer, { what: `a clause asking ${group.acronym} to act`, groups: [group] });
    const values = await checkClause(w, check, input, group, '');
    const sources = await checkSources(w, check, input.sources);
    check.done();

    // the resolution row lock makes concurrent appends take turns: no two get one position
    await w.em.findOne(Resolution, { id: resolution!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const result = await rawQuery(w.em, 'select coalesce(max(position), 0) + 1 as next from mandate_clauses where resolution_id = ?', [resolution!.id]);
    const position = Number((result.rows as { next: number }[])[0].next);
    const clause = w.em.create(Clause, { resolution: resolution!, position, ...clauseColumns(values!) } as never);
    w.em.persist(clause);
    await w.em.flush();
    await addSources(w, clause, sources);
    w.created(clause, clauseHistory);
    return clause;
  });
}

export interface UpdateClauseInputValue {
  clause: string;
  version: number;
  text?: string | null;
  group?: string | null;
  ask?: ClauseAsk | null;
  target?: string | null;
  constituency?: string | null;
  topic?: string | null;
  interval?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
}

/**
 * Corrects a clause: the fields given change (null clears an optional one), and the clause as
 * it would be is checked as a whole (a new ask may need a target). Its resolution and position
 * stay. EDITOR: of the group it asks to act, before and after.
 */
export function updateClause(req: WriteRequest, input: UpdateClauseInputValue): Promise<Clause> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const found = await check.resolve(() => requireClause(w, input.clause, 'clause'));
    check.done();
    const clause = await w.lockForUpdate(Clause, found!.nodeId, 'clause');
    const label = await clauseLabel(w, clause);
    const [current] = await w.groups([clause.group.id]);
    assertMayWrite(w.viewer, { what: `the clause ${label}`, groups: [current] });
    const group = input.group != null ? await check.resolve(() => requireGroup(w.loaders.group, input.group!, 'group')) : current;
    if (group && group !== current) assertMayWrite(w.viewer, { what: `a clause asking ${group.acronym} to act`, groups: [group] });
    w.assertVersion(clause, input.version, `The clause ${label}`);

    for (const field of ['text', 'group', 'ask'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    const [target] = clause.target ? await w.groups([clause.target.id]) : [];
    const topic = clause.topic ? await clause.topic.load() : null;
    const given = <K extends keyof UpdateClauseInputValue>(field: K, now: string | null) => (input[field] !== undefined ? (input[field] as string | null) : now);
    const values = await checkClause(w, check, {
      text: input.text ?? clause.text,
      group: group?.acronym ?? '',
      ask: input.ask ?? clause.ask,
      target: given('target', target?.acronym ?? null),
      constituency: given('constituency', clause.constituency ?? null),
      topic: given('topic', topic?.slug ?? null),
      interval: given('interval', clause.interval ?? null),
      periodStart: given('periodStart', clause.periodStart ?? null),
      periodEnd: given('periodEnd', clause.periodEnd ?? null),
    }, group, '');
    check.done();

    await w.changing(clause, clauseHistory, 'UPDATE');
    Object.assign(clause, clauseColumns(values!));
    return clause;
  });
}
