/**
 * Every write goes through runWrite: it needs a viewer (UNAUTHENTICATED otherwise), runs in one
 * transaction, and appends a Change for every object it created or changed, in that same
 * transaction. A failure anywhere (a rule, a conflict, the database) rolls it all back. It is
 * also the one place that says what a committed write changed, so cached answers that showed
 * it are dropped in every server process (platform/database/write-watch.ts).
 */
import {
  helper,
  LockMode,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type AnyEntity,
  type EntityClass,
  type EntityData,
  type EntityManager,
} from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import type { BaseEntity, EditableEntity } from '../platform/database/base.entity.js';
import { announceWrite, flushedTypes, localChangesCommitted } from '../platform/database/write-watch.js';
import type { Credentials, Viewer } from '../auth/viewer.js';
import { requireViewer } from '../auth/authorization.js';
import type { Group } from '../group/group.entity.js';
import { groupEntities } from '../group/group.lookup.js';
import { entityByIdLoader } from '../platform/database/batch.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Report } from '../report/report.entity.js';
import { Change, type ChangeAction, type RecordedChange, type Snapshot } from './change.entity.js';
import { enqueueWriteEvents } from '../webhook/webhook.outbox.js';

export class WriteError extends AppError {}

/**
 * What a write looks up by id or name while it checks its input: entities of the write's own
 * transaction (it links them to the objects it creates), batched and cached for that write only.
 */
function createWriteLoaders(em: EntityManager) {
  return {
    group: groupEntities(em),
    meeting: { byId: entityByIdLoader(em, Meeting) },
    outcome: { byId: entityByIdLoader(em, Outcome) },
    report: { byId: entityByIdLoader(em, Report) },
  };
}
type WriteLoaders = ReturnType<typeof createWriteLoaders>;

export interface WriteRequest extends Credentials {
  em: EntityManager;
  requestId?: string;
  /**
   * called once a write has committed, with the types of the objects it changed: the request
   * forgets what it had read before, and this process's cached answers that showed them go
   */
  afterWrite?(changedTypes: ReadonlySet<string>): void;
}

/** How the history sees one kind of object: its fields as JSON, and the groups it concerns. */
export interface HistorySubject<T> {
  snapshot(w: Write, entity: T): Promise<Snapshot>;
  /** the groups whose changes(filter: {group}) feed shows this object */
  groupIds(w: Write, entity: T): Promise<number[]>;
}

interface Tracked {
  entity: AnyEntity & { id: number };
  subject: HistorySubject<never>;
  action: ChangeAction;
  before: Snapshot | null;
  groupsBefore: number[];
  note: string | null;
  /** the object's version when it was tracked (undefined: not a versioned object) */
  versionBefore: number | undefined;
}

type Identified = AnyEntity & { id: number };

/** One write in progress: its transaction's EntityManager and loaders, the viewer, what to record. */
export class Write {
  /** loaders bound to the transaction: every read of the write sees the write's own state */
  readonly loaders: WriteLoaders;
  private readonly tracked: Tracked[] = [];
  /** the objects tracked as changing (a Set: an import tracks thousands) */
  private readonly changingEntities = new Set<object>();
  /** types written past the unit of work (bulk inserts, SQL): see wrote() */
  private readonly writtenTypes = new Set<string>([Change.name]);
  /** the changes recordChanges() appended, for the webhooks' outbox */
  readonly recorded: RecordedChange[] = [];
  /** the ids of the Change rows recordChanges() inserted, for live subscriptions */
  readonly changeIds: number[] = [];

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
    private readonly requestId: string | null,
  ) {
    this.loaders = createWriteLoaders(em);
  }

  /** a new object: recorded as CREATE with all its fields once it is flushed */
  created<T extends Identified>(entity: T, subject: HistorySubject<T>, note: string | null = null): void {
    this.tracked.push({ entity, subject: subject as HistorySubject<never>, action: 'CREATE', before: null, groupsBefore: [], note, versionBefore: undefined });
  }

  /** an object about to change: call before changing it; its changed fields are recorded at the end */
  async changing<T extends Identified>(entity: T, subject: HistorySubject<T>, action: ChangeAction, note: string | null = null): Promise<void> {
    if (this.changingEntities.has(entity)) return;
    this.changingEntities.add(entity);
    this.tracked.push({
      entity,
      subject: subject as HistorySubject<never>,
      action,
      before: await subject.snapshot(this, entity),
      groupsBefore: await subject.groupIds(this, entity),
      note,
      versionBefore: versionOf(entity),
    });
  }

  /**
   * The object an update names, locked for the rest of the transaction (SELECT … FOR UPDATE):
   * a concurrent update of the same object waits here, then sees the new version and is refused.
   */
  async lockForUpdate<T extends EditableEntity>(entityClass: EntityClass<T>, globalId: string, field = 'id'): Promise<T> {
    // an entity's class name is its GraphQL type name
    const id = rowIdOf(globalId, entityClass.name, field);
    const entity = await this.em.findOne(entityClass, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!entity) throw new WriteError(ErrorCode.NOT_FOUND, `No ${typeName(entityClass)} has the id "${globalId}"`, field);
    return entity;
  }

  /** CONFLICT (with the current version) unless the update names the version the object has now */
  assertVersion(entity: EditableEntity, version: number, what: string): void {
    if (entity.version === version) return;
    throw new WriteError(
      ErrorCode.CONFLICT,
      `${what} was changed meanwhile: it is at version ${entity.version}, this update names version ${version}. Reload it, apply the change again and send version ${entity.version}.`,
      'version',
      { currentVersion: entity.version },
    );
  }

  /**
   * Names the types of objects this write changes without the unit of work (insertMany, SQL,
   * COPY), so cached answers that show them are dropped at commit. What is flushed is known.
   */
  wrote(...typeNames: string[]): void {
    for (const name of typeNames) this.writtenTypes.add(name);
  }

  /** every type this write changed: flushed, tracked, or named with wrote() */
  changedTypes(): Set<string> {
    const types = new Set([...this.writtenTypes, ...flushedTypes(this.em)]);
    for (const t of this.tracked) types.add(helper(t.entity).__meta.className);
    return types;
  }

  /** groups by row id (nulls skipped, each once), for scopes and messages */
  async groups(ids: readonly (number | null | undefined)[]): Promise<Group[]> {
    const unique = [...new Set(ids.filter((id): id is number => id != null))];
    const found = await this.loaders.group.byId.loadMany(unique);
    return found.filter((g): g is Group => g != null && !(g instanceof Error));
  }

  /** appends the Change rows; runWrite calls it after the objects are flushed (their ids and versions set) */
  async recordChanges(): Promise<void> {
    const rows: EntityData<Change>[] = [];
    const afters = new Map<Tracked, Snapshot>();
    let bumped = false;
    for (const t of this.tracked) {
      const after = await t.subject.snapshot(this, t.entity as never);
      afters.set(t, after);
      // An object whose snapshot changed gets a new version, whatever changed: MikroORM raises it
      // for a column only, so a change of links alone (attachments, addressees, outcomes) would
      // keep the old version and a second edit naming it would silently overwrite this one.
      if (t.before !== null && t.versionBefore !== undefined && versionOf(t.entity) === t.versionBefore && changedFields(t.before, after).length > 0) {
        (t.entity as unknown as BaseEntity).updatedAt = new Date();
        bumped = true;
      }
    }
    if (bumped) await this.em.flush();
    for (const t of this.tracked) {
      const after = afters.get(t)!;
      const groups = [...new Set([...t.groupsBefore, ...(await t.subject.groupIds(this, t.entity as never))])].sort((a, b) => a - b);
      let fields: string[];
      let before: Snapshot | null = null;
      let changedAfter: Snapshot = after;
      if (t.before === null) {
        fields = Object.keys(after);
      } else {
        fields = changedFields(t.before, after);
        if (fields.length === 0) continue; // nothing changed: nothing to record
        before = Object.fromEntries(fields.map((k) => [k, t.before![k] ?? null]));
        changedAfter = Object.fromEntries(fields.map((k) => [k, after[k] ?? null]));
      }
      this.recorded.push({ objectType: helper(t.entity).__meta.className, objectId: t.entity.id, action: t.action, before: t.before, after, groupIds: groups });
      rows.push({
        actorToken: this.viewer.tokenId,
        actorLabel: this.viewer.label,
        actorRole: this.viewer.role,
        objectType: helper(t.entity).__meta.className,
        objectId: t.entity.id,
        objectVersion: typeof t.entity.version === 'number' ? t.entity.version : null,
        action: t.action,
        fields,
        before,
        after: changedAfter,
        groupIds: groups,
        note: t.note,
        requestId: this.requestId,
      });
    }
    // inserted as they are, past the unit of work (an import records thousands), a statement per thousand
    for (let i = 0; i < rows.length; i += 1000) {
      const ids = await this.em.insertMany(Change, rows.slice(i, i + 1000));
      for (const id of ids) this.changeIds.push(Number(id));
    }
  }
}

/** the fields whose value differs between two snapshots of an object */
function changedFields(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function versionOf(entity: object): number | undefined {
  const version = (entity as { version?: unknown }).version;
  return typeof version === 'number' ? version : undefined;
}

function typeName(entityClass: EntityClass<unknown>): string {
  return entityClass.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The row id behind a global id of the expected type; NOT_FOUND naming the field otherwise. */
export function rowIdOf(globalId: string, typename: string, field: string): number {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typename !== typename) {
    throw new WriteError(ErrorCode.NOT_FOUND, `"${String(globalId).slice(0, 100)}" is not the id of a ${typename}`, field);
  }
  return decoded.id;
}

/** Runs one write: viewer required, one transaction, history appended, errors mapped to codes. */
export async function runWrite<T>(req: WriteRequest, fn: (w: Write) => Promise<T>): Promise<T> {
  const viewer = requireViewer(req);
  let result: T;
  let changed!: Set<string>;
  let changeIds: number[] = [];
  try {
    // clear: a fresh identity map, so every object the write touches is read (and locked) anew
    result = await req.em.transactional(
      async (tx) => {
        const w = new Write(tx, viewer, req.requestId ?? null);
        const value = await fn(w);
        await tx.flush();
        await w.recordChanges();
        // the deliveries the change announces, in its transaction: committed with it or not at all
        await enqueueWriteEvents(tx, w.recorded);
        await tx.flush();
        changed = w.changedTypes();
        changeIds = w.changeIds;
        // delivered to every server process when (and if) the transaction commits
        await announceWrite(tx, changed, changeIds);
        return value;
      },
      { clear: true },
    );
  } catch (error) {
    throw translateWriteError(error);
  }
  req.afterWrite?.(changed);
  // this process's live subscriptions (other processes hear the notification)
  localChangesCommitted(changeIds);
  return result;
}

/** The database's refusals that a client can act on, as coded errors. */
function translateWriteError(error: unknown): unknown {
  if (error instanceof OptimisticLockError) {
    return new WriteError(ErrorCode.CONFLICT, 'The object was changed meanwhile; reload it and apply the change again.', 'version');
  }
  if (error instanceof UniqueConstraintViolationException) {
    const detail = (error as { detail?: string }).detail ?? '';
    return new WriteError(ErrorCode.CONFLICT, `This would duplicate an existing object${detail ? ` (${detail})` : ''}.`);
  }
  return error;
}
