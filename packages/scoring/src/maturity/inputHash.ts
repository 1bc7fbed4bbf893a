import { configHash } from '../provenance.js';
import type { MaturityFramework } from './maturityInput.js';

/**
 * What the provenance hash of an index covers: its structure (ids, parents, weights,
 * aggregations, directions, targets, goalposts, groups, levels), the methods, and every value.
 * The values enter as a 64-bit FNV-1a digest of their IEEE-754 bytes (two 32-bit lanes), since
 * canonical JSON of 10⁵ numbers would cost more than building the index itself.
 */
export function frameworkHash(framework: MaturityFramework, methods: unknown): string {
  const bytes = new Uint8Array(
    framework.values.buffer,
    framework.values.byteOffset,
    framework.values.byteLength,
  );
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let k = 0; k < bytes.length; k += 1) {
    const byte = bytes[k] as number;
    low = Math.imul(low ^ byte, 0x01000193);
    high = Math.imul(high ^ byte ^ (low >>> 24), 0x01000193);
  }
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return configHash({
    entities: framework.entityIds,
    groupOf: [...framework.groupOf],
    indicators: framework.indicatorIds,
    nodes: framework.nodeIds,
    parentOf: [...framework.parentOf],
    weight: [...framework.weight],
    aggregation: framework.aggregation,
    minAvailability: [...framework.minAvailability].map((x) => (Number.isNaN(x) ? null : x)),
    direction: [...framework.direction],
    target: [...framework.target].map((x) => (Number.isNaN(x) ? null : x)),
    goalposts: [...framework.goalLow, ...framework.goalHigh].map((x) =>
      Number.isNaN(x) ? null : x,
    ),
    levels: framework.levels,
    values: `${hex(high)}${hex(low)}`,
    methods,
  });
}
