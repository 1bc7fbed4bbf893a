import { urlNamespace, uuidV5 } from '../shared/uuidV5.js';

/**
 * The namespace of capkit's statement ids: the version 5 UUID of the URL
 * `https://github.com/capkit/capkit#xapi-statement` in RFC 4122's URL namespace.
 */
export const capkitStatementNamespace = uuidV5(
  urlNamespace,
  'https://github.com/capkit/capkit#xapi-statement',
);

/**
 * The id of a statement built from capkit data: a version 5 UUID, in
 * {@link capkitStatementNamespace}, of the JSON array `[kind, ...capkitIds]` — so the same
 * facts always give the same id, and an LRS that already holds the statement ignores the copy.
 */
export function capkitStatementId(kind: string, capkitIds: readonly string[]): string {
  return uuidV5(capkitStatementNamespace, JSON.stringify([kind, ...capkitIds]));
}
