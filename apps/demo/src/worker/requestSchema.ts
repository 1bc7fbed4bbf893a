import { z } from 'zod';
import type { WorkerRequest } from './contract.js';

const id = z.number().int().nonnegative();
const name = z
  .string()
  .regex(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/u)
  .max(64);

/** The one shape a message from the page may have; anything else is refused. */
export const requestSchema: z.ZodType<WorkerRequest> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('query'), id, name, args: z.unknown() }),
  z.strictObject({ kind: z.literal('mutate'), id, name, args: z.unknown() }),
  z.strictObject({ kind: z.literal('cancel'), id }),
]);
