import type { GroupPartials } from '../aggregateByGroup.js';
import type { WorkerPort } from '../aggregatePool.js';
import type { PoolReply, PoolRequest } from '../poolProtocol.js';
import { MISSING } from '../responseMatrix.js';
import { compileScoringConfig } from '../scoringConfig.js';
import { serveAggregateRequests } from '../serveAggregateRequests.js';

/** Two competencies of two items each, one of them reverse-coded. */
export const config = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B'],
  items: [
    { id: 'a1', competency: 'A' },
    { id: 'a2', competency: 'A' },
    { id: 'b1', competency: 'B', reverseCoded: true },
    { id: 'b2', competency: 'B' },
  ],
});

/**
 * A seeded survey (an odd number of rows by default, so chunks come out unequal) with three
 * units in a hierarchy and two roles, in shared memory or in ordinary buffers.
 */
export function survey(respondents = 1001, { shared = true, seed = 7 } = {}) {
  const bytes = (length: number) =>
    shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length);
  const ratings = new Uint8Array(bytes(respondents * 4));
  const importance = new Uint8Array(bytes(respondents * 4));
  const groupOf = new Uint8Array(bytes(respondents));
  const roleOf = new Uint8Array(bytes(respondents));
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < ratings.length; i += 1) {
    ratings[i] = next() % 10 === 0 ? MISSING : 1 + (next() % 5);
    importance[i] = next() % 12 === 0 ? MISSING : 1 + (next() % 5);
  }
  for (let r = 0; r < respondents; r += 1) {
    groupOf[r] = next() % 3;
    roleOf[r] = next() % 2;
  }
  const levels = new Float64Array([3, 4, 2, Number.NaN]);
  return {
    matrix: { respondents, items: 4, ratings },
    paired: { respondents, items: 4, importance, performance: ratings },
    grouping: { groupOf, groups: 3 },
    required: { roleOf, levels },
    publication: {
      units: { groupOf, groups: 3, parentOf: new Int32Array([-1, 0, 0]) },
      roles: { roleOf, levels },
    },
  };
}

/**
 * A worker in this thread: requests and replies are structured clones (transferred buffers are
 * detached, shared ones stay shared) and arrive in later microtasks, as messages would. `log`
 * sees each request before it is sent.
 */
export function inProcessPort(
  log?: (request: PoolRequest, transfer: readonly ArrayBuffer[]) => void,
): WorkerPort {
  let serve: ((request: unknown) => void) | undefined;
  let answer: ((reply: PoolReply) => void) | undefined;
  serveAggregateRequests(
    (handler) => (serve = handler),
    (reply) => queueMicrotask(() => answer?.(structuredClone(reply))),
  );
  return {
    post: (request, transfer) => {
      log?.(request, transfer);
      const message = structuredClone(request, { transfer: [...transfer] });
      queueMicrotask(() => serve?.(message));
    },
    listen: (handler) => (answer = handler),
    terminate: () => undefined,
  };
}

/** A worker that holds each request until the test calls `answerNext()`. */
export function heldPort() {
  const held: PoolRequest[] = [];
  let serve: ((request: unknown) => void) | undefined;
  let answer: ((reply: PoolReply) => void) | undefined;
  serveAggregateRequests(
    (handler) => (serve = handler),
    (reply) => answer?.(reply),
  );
  const port: WorkerPort = {
    post: (request) => held.push(request),
    listen: (handler) => (answer = handler),
    terminate: () => undefined,
  };
  return {
    port,
    held,
    /** Serves the oldest held request and delivers its reply. */
    answerNext: () => serve?.(held.shift()),
  };
}

/** The histogram as plain arrays, so that a difference prints as numbers. */
export const histogramOf = ({ histogram }: GroupPartials) =>
  histogram === undefined
    ? undefined
    : {
        bins: histogram.bins,
        binsPerPoint: histogram.binsPerPoint,
        origin: histogram.origin,
        cellStart: [...histogram.cellStart],
        entryBin: [...histogram.entryBin],
        entryCount: [...histogram.entryCount],
      };

/** Every field of two partials, as plain numbers, for exact comparison. */
export const plainPartials = (partials: GroupPartials) => ({
  groups: partials.groups,
  competencies: partials.competencies,
  count: [...partials.count],
  mean: [...partials.mean],
  m2: [...partials.m2],
  min: [...partials.min],
  max: [...partials.max],
  gapCount: [...partials.gapCount],
  gapSum: [...partials.gapSum],
  below: [...partials.below],
  histogram: histogramOf(partials),
  provenance: partials.provenance,
});

/**
 * Differences between two results, walking them together: numbers may differ by rounding
 * (1e-12 relative: merging chunks adds in another order), everything else must be equal.
 */
export function figureDifferences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const same =
      Object.is(actual, expected) ||
      Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
    return same ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  const plain = (value: unknown) =>
    ArrayBuffer.isView(value) ? Array.from(value as never) : value;
  const a = plain(actual);
  const b = plain(expected);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Object.is(a, b) ? [] : [`${path}: ${String(a)} ≠ ${String(b)}`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) =>
    figureDifferences(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    ),
  );
}
