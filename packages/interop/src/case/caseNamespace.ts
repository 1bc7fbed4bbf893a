import { urlNamespace, uuidV5 } from '../shared/uuidV5.js';

/**
 * Namespace of the identifiers capkit mints for a CASE export: the v5 UUID of
 * `https://github.com/capkit/capkit#case` in RFC 4122's URL namespace.
 */
export const capkitCaseNamespace = uuidV5(urlNamespace, 'https://github.com/capkit/capkit#case');
