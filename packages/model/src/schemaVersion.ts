import { z } from 'zod';

/**
 * Version of the document shapes this release of `@capkit/model` reads and writes. Every
 * top-level document carries it; {@link migrateDocument} brings older documents up to it.
 */
export const currentSchemaVersion = 2;

/** `schemaVersion` field of a top-level document. */
export const schemaVersionSchema = z.literal(currentSchemaVersion);
