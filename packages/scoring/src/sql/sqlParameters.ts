import { CapkitScoringError } from '../scoringError.js';

/** A value bound to a query placeholder: every id and number of the config and the groups. */
export type SqlValue = string | number;

/** A query and the values of its `$1`, `$2`, … placeholders. */
export interface SqlQuery {
  readonly text: string;
  readonly values: readonly SqlValue[];
}

/**
 * Most placeholders one query may bind: PostgreSQL's wire protocol counts parameters in 16
 * bits. DuckDB has no such limit, but a query must run on both.
 */
export const maxSqlParameters = 65_535;

/** The SQL types values are cast to; both databases spell them so. */
export type SqlType = 'VARCHAR' | 'DOUBLE PRECISION' | 'INTEGER';

/**
 * Collects bound values; `bind` returns the placeholder, cast to its type so that both
 * databases infer the same parameter types whatever the client sends.
 */
export class SqlParameters {
  readonly #values: SqlValue[] = [];

  bind(value: SqlValue, type: SqlType): string {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`SqlParameters: ${value} is not a finite number`);
    if (typeof value === 'string' && value.includes('\u0000'))
      throw new Error('SqlParameters: U+0000 cannot be bound');
    this.#values.push(value);
    return `CAST($${this.#values.length} AS ${type})`;
  }

  /** The query with the values bound so far. */
  query(text: string, what: string): SqlQuery {
    if (this.#values.length > maxSqlParameters) {
      throw new CapkitScoringError(
        'sql.parameters',
        `the query would bind ${this.#values.length.toLocaleString('en')} values (${what}), above the ${maxSqlParameters.toLocaleString('en')} PostgreSQL accepts in one query`,
      );
    }
    return { text, values: this.#values.slice() };
  }
}
