import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { childRowsLoader, date, plain, ref, rowByIdLoader, RowShape, selectRows, selectValues, timestamp, type IdRef, type NodeRow } from '../platform/database/rows.js';
import type { AdoptingBody, ClauseAsk } from './mandate.entity.js';
import { COVERAGE_EVIDENCE_SQL, COVERAGE_SINCE_SQL, coverageStatus, CoverageStatus, type EvidenceRow } from './mandate.rules.js';

/** A resolution as the read path sees it (see platform/database/rows.ts). */
export interface ResolutionRow extends NodeRow {
  key: string;
  number: string;
  revision: string | null;
  title: string | null;
  adoptedBy: AdoptingBody;
  version: number;
  updatedAt: Date;
}

export const RESOLUTION = new RowShape<ResolutionRow>('Resolution', 'resolutions', {
  id: plain('id'),
  key: plain('key'),
  number: plain('number'),
  revision: plain('revision'),
  title: plain('title'),
  adoptedBy: plain('adopted_by'),
  version: plain('version'),
  updatedAt: timestamp('updated_at'),
});

/** A clause as the read path sees it. */
export interface ClauseRow extends NodeRow {
  resolution: IdRef;
  position: number;
  text: string;
  group: IdRef;
  ask: ClauseAsk;
  target: IdRef | null;
  constituency: string | null;
  topic: IdRef | null;
  interval: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  version: number;
  updatedAt: Date;
}

export const CLAUSE = new RowShape<ClauseRow>('Clause', 'mandate_clauses', {
  id: plain('id'),
  resolution: ref('resolution_id'),
  position: plain('position'),
  text: plain('text'),
  group: ref('group_id'),
  ask: plain('ask'),
  target: ref('target_id'),
  constituency: plain('constituency'),
  topic: ref('topic_id'),
  interval: plain('interval'),
  periodStart: date('period_start'),
  periodEnd: date('period_end'),
  version: plain('version'),
  updatedAt: timestamp('updated_at'),
});

/** What the graph shows of one clause being carried out (mandate.rules.ts). */
export interface CoverageRow {
  status: CoverageStatus;
  /** the objects that carry it out (and, for a liaison ask, those the other side sent) */
  evidence: EvidenceRow[];
  /** the objects of the period that do not carry it out: meetings without the mark, documents behind a password */
  missing: EvidenceRow[];
  /** NO_EVIDENCE: since when */
  since: string | null;
}

/** Resolutions by adopting body, then number (numeric where it is a number), then key. */
export function listResolutions(em: EntityManager, filter: { number?: string | null; adoptedBy?: AdoptingBody | null } = {}): Promise<ResolutionRow[]> {
  const where: string[] = [];
  const bindings: unknown[] = [];
  if (filter.number != null) {
    where.push('t.number = ?');
    bindings.push(filter.number.trim());
  }
  if (filter.adoptedBy != null) {
    where.push('t.adopted_by = ?');
    bindings.push(filter.adoptedBy);
  }
  return selectRows(em, RESOLUTION,
    `select ${RESOLUTION.select()} from resolutions t ${where.length ? `where ${where.join(' and ')}` : ''}
     order by t.adopted_by, length(t.number), t.number, t.key`, bindings);
}

/**
 * Per-request batched reads of resolutions, their clauses and the clauses' coverage. Per
 * request because each loader caches what it read: shared, it would outlive writes.
 */
export function createMandateQueries(em: EntityManager) {
  return {
    resolutionById: rowByIdLoader(em, RESOLUTION),
    clauseById: rowByIdLoader(em, CLAUSE),
    /** each resolution's clauses, in order */
    clausesOf: childRowsLoader(em, CLAUSE,
      `select ${CLAUSE.select()}, t.resolution_id as __parent from mandate_clauses t where t.resolution_id = any(?) order by t.position, t.id`),
    /** the clauses addressed to each group, by resolution and position */
    clausesOfGroup: childRowsLoader(em, CLAUSE,
      `select ${CLAUSE.select()}, t.group_id as __parent from mandate_clauses t join resolutions r on r.id = t.resolution_id
       where t.group_id = any(?) order by r.adopted_by, length(r.number), r.number, r.key, t.position`),
    /** coverage of clauses, two statements per batch (the evidence, the "since" dates) */
    coverage: new DataLoader<ClauseRow, CoverageRow, number>(
      async (clauses) => {
        const ids = clauses.map((c) => c.id);
        const [evidence, since] = await Promise.all([
          selectValues<EvidenceRow & { clause_id: number }>(em, COVERAGE_EVIDENCE_SQL, [ids]),
          selectValues<{ clause_id: number; since: string | null }>(em, COVERAGE_SINCE_SQL, [ids]),
        ]);
        const byClause = new Map<number, EvidenceRow[]>(ids.map((id) => [id, []]));
        for (const { clause_id, type, id, counts } of evidence) byClause.get(clause_id)?.push({ type, id, counts });
        const sinceOf = new Map(since.map((s) => [s.clause_id, s.since]));
        return clauses.map((clause) => {
          const rows = byClause.get(clause.id) ?? [];
          const status = coverageStatus(clause.ask, rows);
          const shown = (e: EvidenceRow) => e.counts || e.type === 'Liaison';
          return {
            status,
            evidence: rows.filter(shown),
            missing: rows.filter((e) => !shown(e)),
            since: status === CoverageStatus.NO_EVIDENCE ? (sinceOf.get(clause.id) ?? null) : null,
          };
        });
      },
      { cacheKeyFn: (c) => c.id },
    ),
  };
}
export type MandateQueries = ReturnType<typeof createMandateQueries>;
