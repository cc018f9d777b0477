/**
 * node-postgres from the project's own install, for bench/compare/*.ts: imported there directly,
 * `pg` would resolve to bench/compare/node_modules/pg (PostGraphile's copy) once that is installed.
 */
import pg from 'pg';

export default pg;
