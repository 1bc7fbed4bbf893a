import { CapkitScoringError } from '../scoringError.js';

/** A table's name: one part, or its parts (`['hr', 'people']` for `"hr"."people"`). */
export type SqlTableName = string | readonly string[];

// PostgreSQL silently truncates a longer identifier (NAMEDATALEN − 1 bytes), so a long name
// could end up naming another table: refused instead.
const maxIdentifierBytes = 63;

const encoder = new TextEncoder();

/**
 * One identifier as a double-quoted SQL identifier, embedded quotes doubled: the only way a
 * caller-given name enters query text. Quoted identifiers are read verbatim by DuckDB and
 * PostgreSQL, so no character in the name can end the identifier.
 *
 * @throws {CapkitScoringError} for an empty name, one holding U+0000 (neither database accepts
 *   it) or one over 63 bytes of UTF-8 (PostgreSQL would truncate it).
 */
export function quoteIdentifier(name: string, path = 'identifier'): string {
  if (name.length === 0) throw new CapkitScoringError(path, 'is empty; name a table or column');
  if (name.includes('\u0000'))
    throw new CapkitScoringError(path, 'holds the character U+0000, which SQL names cannot');
  const bytes = encoder.encode(name).length;
  if (bytes > maxIdentifierBytes) {
    throw new CapkitScoringError(
      path,
      `is ${bytes} bytes long; PostgreSQL truncates names past ${maxIdentifierBytes} bytes, so it is refused`,
    );
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A table name, each part quoted (see {@link quoteIdentifier}) and joined with dots:
 * `['hr', 'people']` → `"hr"."people"`.
 *
 * @throws {CapkitScoringError} for no parts, more than three (catalog, schema, table), or a bad part.
 */
export function quoteTableName(name: SqlTableName, path = 'table'): string {
  const parts = typeof name === 'string' ? [name] : name;
  if (parts.length === 0 || parts.length > 3) {
    throw new CapkitScoringError(
      path,
      `has ${parts.length} parts; give a table, schema and table, or catalog, schema and table`,
    );
  }
  return parts
    .map((part, index) =>
      quoteIdentifier(part, typeof name === 'string' ? path : `${path}[${index}]`),
    )
    .join('.');
}
