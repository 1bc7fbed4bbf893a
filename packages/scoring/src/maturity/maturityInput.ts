import { z } from 'zod';
import { CapkitScoringError } from '../scoringError.js';
import { zodIssueError as issueError } from '../zodIssue.js';

/** Size limits of one index, so that memory and time stay bounded whatever the input. */
export const maturityLimits = {
  /** Entities (units, ministries, functional capacities…) in one index. */
  maxEntities: 10_000,
  /** Indicators in one index. */
  maxIndicators: 1_000,
  /** Aggregation nodes (dimensions, pillars, the index) in one index. */
  maxNodes: 1_000,
  /** Entities a Copeland node may rank: its outranking matrix grows with their square. */
  maxCopelandEntities: 2_000,
} as const;

const idSchema = z.string().min(1).max(200);
const weightSchema = z.number().nonnegative();

/**
 * How a node combines its children's scores. `generalised` is the power mean
 * (Σ wᵢxᵢᵖ / Σ wᵢ)^(1/p); `copeland` is the non-compensatory outranking count.
 */
export const aggregationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('arithmetic') }),
  z.strictObject({ method: z.literal('geometric') }),
  z.strictObject({ method: z.literal('harmonic') }),
  z.strictObject({
    method: z.literal('generalised'),
    /** The power p; 0 is the geometric mean (use `geometric`), so it is refused. */
    power: z
      .number()

      .min(-100)
      .max(100)
      .refine((p) => p !== 0, 'power 0 is the geometric mean: use { method: "geometric" }'),
  }),
  z.strictObject({ method: z.literal('copeland') }),
]);

/** How a node combines its children's scores (see {@link aggregationSchema}). */
export type Aggregation = z.infer<typeof aggregationSchema>;

const nodeSchema = z.strictObject({
  id: idSchema,
  /** The parent node; absent for the one root (the index itself). */
  parentId: idSchema.optional(),
  /** Weight among its siblings, ≥ 0; normalised per parent. @default 1 */
  weight: weightSchema.optional(),
  /** How this node combines its children. @default { method: 'arithmetic' } */
  aggregation: aggregationSchema.optional(),
  /**
   * Smallest share of this node's children an entity must have a score for; below it the
   * entity's score here is missing (never 0). Overrides the option of the same name.
   */
  minAvailability: z.number().min(0).max(1).optional(),
});

const indicatorSchema = z.strictObject({
  id: idSchema,
  /** The node this indicator belongs to. */
  parentId: idSchema,
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  /** Weight among its siblings, ≥ 0; normalised per parent. @default 1 */
  weight: weightSchema.optional(),
  /** The value to reach, in the indicator's unit (for distance-to-target normalisation). */
  target: z.number().optional(),
  /** Fixed bounds in the indicator's unit (for goalpost normalisation); low < high. */
  goalposts: z.strictObject({ low: z.number(), high: z.number() }).optional(),
});

const entitySchema = z.strictObject({
  id: idSchema,
  /** Group for group-mean or group-median imputation (a region, an income band…). */
  group: idSchema.optional(),
});

const valueSchema = z.strictObject({
  entityId: idSchema,
  indicatorId: idSchema,
  value: z.number(),
});

/** A level of maturity: entities scoring at least `minScore` (and below the next) reach it. */
export const maturityLevelSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  minScore: z.number(),
});

/**
 * An indicator framework with its data: a hierarchy of nodes of any depth (one root), the
 * indicators at its leaves, the entities and their values (a missing value is simply absent),
 * and optional maturity levels. Every object is strict: an unknown key is an error naming it.
 */
export const maturityInputSchema = z.strictObject({
  nodes: z.array(nodeSchema).min(1).max(maturityLimits.maxNodes),
  indicators: z.array(indicatorSchema).min(1).max(maturityLimits.maxIndicators),
  entities: z.array(entitySchema).min(2).max(maturityLimits.maxEntities),
  values: z.array(valueSchema).max(maturityLimits.maxEntities * maturityLimits.maxIndicators),
  /** Levels in ascending `minScore`, applied to the root score. */
  levels: z.array(maturityLevelSchema).max(100).optional(),
});

/** An indicator framework with its data (see {@link maturityInputSchema}). */
export type MaturityInput = z.input<typeof maturityInputSchema>;
/** A maturity level (see {@link maturityLevelSchema}). */
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

/**
 * The framework in columns. Columns 0…I−1 are the indicators, I…I+N−1 the nodes; every
 * per-column array is indexed so. Values are indicator-major: `values[i * E + e]`, NaN when
 * missing, so that one indicator's column is contiguous for normalisation and aggregation.
 */
export interface MaturityFramework {
  readonly entityIds: readonly string[];
  readonly indicatorIds: readonly string[];
  readonly nodeIds: readonly string[];
  /** Group index of each entity, −1 when it has none. */
  readonly groupOf: Int32Array;
  readonly groupCount: number;
  /** Column of each column's parent node (I + node index), −1 for the root. */
  readonly parentOf: Int32Array;
  /** Columns of each node's children. */
  readonly childrenOf: readonly Int32Array[];
  /** Node indices, children before parents (the root last). */
  readonly order: Int32Array;
  readonly root: number;
  /** Given weight of each column (1 where absent). */
  readonly weight: Float64Array;
  readonly aggregation: readonly Aggregation[];
  /** Per node, NaN where the option applies. */
  readonly minAvailability: Float64Array;
  /** +1 higher is better, −1 lower is better. */
  readonly direction: Int8Array;
  readonly target: Float64Array;
  readonly goalLow: Float64Array;
  readonly goalHigh: Float64Array;
  readonly values: Float64Array;
  readonly levels: readonly MaturityLevel[];
}

/**
 * Validates an index's input at the engine's boundary and lays it out in columns. Throws a
 * `CapkitScoringError` naming the first bad value: unknown keys, duplicate ids, a parent that is
 * not a node, not exactly one root, a cycle, a node without children, a value for an unknown
 * entity or indicator or given twice, goalposts with low ≥ high, levels not ascending.
 */
export function compileMaturityInput(input: unknown): MaturityFramework {
  const parsed = maturityInputSchema.safeParse(input);
  if (!parsed.success) throw issueError('', parsed.error.issues);
  const { nodes, indicators, entities, values } = parsed.data;
  const levels = parsed.data.levels ?? [];
  const I = indicators.length;
  const N = nodes.length;
  const E = entities.length;

  const columnOf = new Map<string, number>();
  indicators.forEach((indicator, i) => {
    if (columnOf.has(indicator.id))
      throw new CapkitScoringError(`indicators[${i}].id`, `duplicate id "${indicator.id}"`);
    columnOf.set(indicator.id, i);
  });
  nodes.forEach((node, n) => {
    if (columnOf.has(node.id))
      throw new CapkitScoringError(`nodes[${n}].id`, `duplicate id "${node.id}"`);
    columnOf.set(node.id, I + n);
  });

  const parentOf = new Int32Array(I + N).fill(-1);
  const parentColumn = (id: string, path: string): number => {
    const column = columnOf.get(id);
    if (column === undefined || column < I)
      throw new CapkitScoringError(path, `"${id}" is not a node`);
    return column;
  };
  indicators.forEach((indicator, i) => {
    parentOf[i] = parentColumn(indicator.parentId, `indicators[${i}].parentId`);
  });
  let root = -1;
  nodes.forEach((node, n) => {
    if (node.parentId === undefined) {
      if (root !== -1)
        throw new CapkitScoringError(
          `nodes[${n}].parentId`,
          `a second root: "${nodes[root]?.id ?? ''}" has no parent either`,
        );
      root = n;
    } else parentOf[I + n] = parentColumn(node.parentId, `nodes[${n}].parentId`);
  });
  if (root === -1) throw new CapkitScoringError('nodes', 'no root: every node has a parent');

  const children: number[][] = Array.from({ length: N }, () => []);
  for (let column = 0; column < I + N; column += 1) {
    const parent = parentOf[column] as number;
    if (parent >= 0) children[parent - I]?.push(column);
  }
  children.forEach((list, n) => {
    if (list.length === 0)
      throw new CapkitScoringError(`nodes[${n}]`, `node "${nodes[n]?.id ?? ''}" has no children`);
  });

  // Post-order from the root; a node never reached sits on a cycle.
  const order: number[] = [];
  const stack: [number, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [n, expanded] = stack.pop() as [number, boolean];
    if (expanded) {
      order.push(n);
      continue;
    }
    stack.push([n, true]);
    for (const column of children[n] ?? []) if (column >= I) stack.push([column - I, false]);
  }
  if (order.length !== N) {
    const reached = new Set(order);
    const n = nodes.findIndex((_, index) => !reached.has(index));
    throw new CapkitScoringError(
      `nodes[${n}].parentId`,
      `node "${nodes[n]?.id ?? ''}" is on a cycle and never reaches the root`,
    );
  }

  const entityIndex = new Map<string, number>();
  const groupIndex = new Map<string, number>();
  const groupOf = new Int32Array(E).fill(-1);
  entities.forEach((entity, e) => {
    if (entityIndex.has(entity.id))
      throw new CapkitScoringError(`entities[${e}].id`, `duplicate id "${entity.id}"`);
    entityIndex.set(entity.id, e);
    if (entity.group !== undefined) {
      if (!groupIndex.has(entity.group)) groupIndex.set(entity.group, groupIndex.size);
      groupOf[e] = groupIndex.get(entity.group) as number;
    }
  });

  const matrix = new Float64Array(I * E).fill(Number.NaN);
  values.forEach((entry, v) => {
    const e = entityIndex.get(entry.entityId);
    if (e === undefined)
      throw new CapkitScoringError(`values[${v}].entityId`, `"${entry.entityId}" is not an entity`);
    const i = columnOf.get(entry.indicatorId);
    if (i === undefined || i >= I)
      throw new CapkitScoringError(
        `values[${v}].indicatorId`,
        `"${entry.indicatorId}" is not an indicator`,
      );
    if (!Number.isNaN(matrix[i * E + e]))
      throw new CapkitScoringError(
        `values[${v}]`,
        `a second value of "${entry.indicatorId}" for "${entry.entityId}"`,
      );
    matrix[i * E + e] = entry.value;
  });

  const target = new Float64Array(I).fill(Number.NaN);
  const goalLow = new Float64Array(I).fill(Number.NaN);
  const goalHigh = new Float64Array(I).fill(Number.NaN);
  indicators.forEach((indicator, i) => {
    if (indicator.target !== undefined) target[i] = indicator.target;
    if (indicator.goalposts !== undefined) {
      if (indicator.goalposts.low >= indicator.goalposts.high)
        throw new CapkitScoringError(`indicators[${i}].goalposts.high`, 'must be above low');
      goalLow[i] = indicator.goalposts.low;
      goalHigh[i] = indicator.goalposts.high;
    }
  });
  levels.forEach((level, l) => {
    const previous = levels[l - 1];
    if (previous !== undefined && level.minScore <= previous.minScore)
      throw new CapkitScoringError(
        `levels[${l}].minScore`,
        `must be above the previous level's (${previous.minScore})`,
      );
  });

  return {
    entityIds: entities.map((entity) => entity.id),
    indicatorIds: indicators.map((indicator) => indicator.id),
    nodeIds: nodes.map((node) => node.id),
    groupOf,
    groupCount: groupIndex.size,
    parentOf,
    childrenOf: children.map((list) => Int32Array.from(list)),
    order: Int32Array.from(order),
    root,
    weight: Float64Array.from([
      ...indicators.map((indicator) => indicator.weight ?? 1),
      ...nodes.map((node) => node.weight ?? 1),
    ]),
    aggregation: nodes.map((node) => node.aggregation ?? { method: 'arithmetic' }),
    minAvailability: Float64Array.from(nodes, (node) => node.minAvailability ?? Number.NaN),
    direction: Int8Array.from(indicators, (indicator) =>
      indicator.direction === 'higherIsBetter' ? 1 : -1,
    ),
    target,
    goalLow,
    goalHigh,
    values: matrix,
    levels,
  };
}
