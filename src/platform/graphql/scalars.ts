import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { partialDateProblem } from '../dates/partial-date.js';

// the pure date functions live in platform/dates (the dashboard's browser code uses them too)
export {
  isIsoDate,
  parsePartialDate,
  partialDateEnd,
  partialDateOf,
  partialDateProblem,
  partialDateWords,
  storedPeriod,
  todayIso,
  type DatePrecision,
} from '../dates/partial-date.js';

/** ISO 8601 calendar date (2025-02-13). Stored as a SQL date; handled as a string, so no time zone shifts it. */
export const DateScalar = DateResolver;
/** ISO 8601 timestamp with zone. */
export const DateTimeScalar = DateTimeResolver;

/**
 * PartialDate: a date as precise as its source, YYYY, YYYY-MM or YYYY-MM-DD. Written as a string
 * so that no time zone shifts it; anything else (2025-13, 2025-02-30, "April") is BAD_USER_INPUT.
 */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description:
    'A date as precise as its source: YYYY (a year), YYYY-MM (a month: "April 2025" is 2025-04, not 1 April) or YYYY-MM-DD (a day). ' +
    'Something due by a month or a year is due by the end of that period.',
  serialize(value) {
    if (typeof value !== 'string' || partialDateProblem(value) !== null) throw new GraphQLError(`PartialDate cannot represent ${String(value)}`);
    return value;
  },
  parseValue(value) {
    return partialDateInput(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw partialDateError(`PartialDate must be a string, got a ${ast.kind.toLowerCase()}`);
    return partialDateInput(ast.value);
  },
});

function partialDateInput(value: unknown): string {
  if (typeof value !== 'string') throw partialDateError(`PartialDate must be a string, got ${typeof value}`);
  const problem = partialDateProblem(value);
  if (problem) throw partialDateError(`PartialDate ${problem}`);
  return value;
}

function partialDateError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
