import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from './aggregateByGroup.js';
import { rebaseRowPath, type AggregateRequest, type PoolReply } from './poolProtocol.js';
import { serveAggregateRequests } from './serveAggregateRequests.js';
import { config, plainPartials, survey } from './__tests__/poolPorts.js';

// A worker's side on its own: each request as a structured clone, the replies collected.
function worker() {
  const replies: PoolReply[] = [];
  let serve: ((request: unknown) => void) | undefined;
  serveAggregateRequests(
    (handler) => (serve = handler),
    (reply) => replies.push(reply),
  );
  return { replies, send: (request: unknown) => serve?.(structuredClone(request)) };
}

function chunkRequest(start: number, end: number, copied: boolean): AggregateRequest {
  const { matrix, grouping } = survey();
  return {
    kind: 'aggregate',
    id: 1,
    config: config.config,
    configHash: config.hash,
    items: 4,
    firstRow: copied ? start : 0,
    start,
    end,
    ratings: copied ? matrix.ratings.slice(start * 4, end * 4) : matrix.ratings,
    groupOf: copied ? grouping.groupOf.slice(start, end) : grouping.groupOf,
    groups: grouping.groups,
    quantiles: false,
  };
}

const errorOf = (reply: PoolReply | undefined) =>
  reply?.kind === 'error' ? `${reply.error.path}: ${reply.error.message}` : reply?.kind;

describe('rebaseRowPath', () => {
  it('renumbers the row of a rating, a group or a role index, and leaves other paths alone', () => {
    expect(rebaseRowPath('ratings[row 3][item "a2"]', 900)).toBe('ratings[row 903][item "a2"]');
    expect(rebaseRowPath('grouping.groupOf[12]', 100)).toBe('grouping.groupOf[112]');
    expect(rebaseRowPath('required.roleOf[0]', 5)).toBe('required.roleOf[5]');
    expect(rebaseRowPath('groups.units.parentOf', 5)).toBe('groups.units.parentOf');
    expect(rebaseRowPath('parentOf[2]', 5)).toBe('parentOf[2]');
    expect(rebaseRowPath('config.items[3].id', 5)).toBe('config.items[3].id');
  });
});

describe('serveAggregateRequests', () => {
  it('gives the same partials for a chunk sent whole (shared) or as a copy of its rows', () => {
    const { matrix, grouping } = survey();
    const expected = aggregateByGroup(matrix, config, grouping, { rows: { start: 300, end: 700 } });
    for (const copied of [false, true]) {
      const { replies, send } = worker();
      send(chunkRequest(300, 700, copied));
      const [reply] = replies;
      if (reply?.kind !== 'aggregate') throw new Error(errorOf(reply));
      expect(plainPartials(reply.partials)).toEqual(plainPartials(expected));
    }
  });

  it('names the row of the whole matrix when a copied chunk holds a bad byte or index', () => {
    const { replies, send } = worker();
    const request = chunkRequest(500, 600, true);
    const ratings = request.ratings.slice();
    ratings[3 * 4 + 1] = 9;
    send({ ...request, ratings });
    const groupOf = request.groupOf.slice();
    groupOf[7] = 3;
    send({ ...request, id: 2, groupOf });
    expect(replies.map(errorOf)).toEqual([
      'ratings[row 503][item "a2"]: value 9 is outside the scale 1–5 and is not the missing marker 255',
      'grouping.groupOf[507]: is 3, but there are only 3',
    ]);
  });

  it('compiles the plain config and refuses one that does not match its hash', () => {
    const { replies, send } = worker();
    send(chunkRequest(0, 10, false));
    send({ ...chunkRequest(0, 10, false), id: 2, configHash: '0000000000000000' });
    expect(replies[0]?.kind).toBe('aggregate');
    expect(replies[1]).toEqual({
      kind: 'error',
      id: 2,
      error: {
        path: 'request.configHash',
        message: `is 0000000000000000, but the config sent hashes to ${config.hash}`,
      },
    });
  });

  it('refuses a request with an unknown key, a wrong kind or type, or rows it was not sent', () => {
    const { replies, send } = worker();
    const request = chunkRequest(500, 600, true);
    send({ ...request, rowz: 1 });
    send({ ...request, kind: 'median' });
    send({ ...request, ratings: [1, 2, 3, 4] });
    send({ ...request, start: 450 });
    send({ ...request, groupOf: request.groupOf.subarray(1) });
    send({ ...request, ratings: request.ratings.subarray(1) });
    send({ ...request, start: 1.5 });
    send('aggregate everything');
    expect(replies.map((reply) => [reply.id, errorOf(reply)])).toEqual([
      [1, 'request.rowz: is not a known key; unknown keys are refused, not ignored'],
      [1, expect.stringMatching(/^request\.kind: /)],
      [1, expect.stringMatching(/^request\.ratings: /)],
      [1, 'request.end: rows 450–600 are not within the 100 rows sent from row 500'],
      [1, 'request.groupOf: has 99 entries, expected one per row sent (100)'],
      [1, 'request.ratings: has 399 bytes, not a whole number of rows of 4 items'],
      [1, expect.stringMatching(/^request\.start: /)],
      [-1, expect.stringMatching(/^request: /)],
    ]);
  });

  it('runs a bootstrap with its options as sent, and reports the bootstrap’s own refusals', () => {
    const { replies, send } = worker();
    const { paired } = survey(200);
    const request = { kind: 'bootstrap', id: 4, ...paired, scale: { min: 1, max: 5 } };
    send({ ...request, options: { replicates: 0 } });
    send({ ...request, options: [] });
    expect(replies.map(errorOf)).toEqual([
      'options.replicates: must be a whole number ≥ 1, got 0',
      'request.options: must be an options object',
    ]);
  });
});
