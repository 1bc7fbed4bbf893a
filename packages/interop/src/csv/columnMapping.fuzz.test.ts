import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './columnMapping.js';
import { surveyInstrument } from './fixtures/surveyInstrument.js';
import { parseColumnMapping, validateColumnMapping } from './validateColumnMapping.js';

const valid: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  layout: 'wide',
  columns: [
    { header: 'staff', to: { kind: 'field', field: 'respondentId' } },
    { header: 'q1', to: { kind: 'rating', itemId: 'dl.q1', part: 'value' } },
    { header: 'q3i', to: { kind: 'rating', itemId: 'ux.q3', part: 'importance' } },
  ],
};
// A saved mapping with one value somewhere replaced by something else, and JSON text cut or
// spliced: what a hand-edited mapping file looks like when it goes wrong.
const odd = fc.oneof(
  fc.constantFrom(null, 0, -1, '', 'x', true, [], {}, 'dl.q9', 'importance', 'long', 'field'),
  fc.string({ maxLength: 4 }),
);
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, child]) =>
      paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}
const allPaths = paths(valid).filter((path) => path.length > 0);
const mutatedMapping = fc
  .tuple(fc.constantFrom(...allPaths), odd, fc.boolean())
  .map(([path, replacement, addKey]) => {
    const copy = structuredClone(valid) as unknown as Record<string, unknown>;
    let node: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path.at(-1) ?? 'format';
    if (addKey) node[`${String(last)}Extra`] = replacement;
    else node[last] = replacement;
    return copy;
  });
const json = JSON.stringify(valid);
const text = fc
  .tuple(fc.nat(json.length), fc.nat(json.length), fc.string({ maxLength: 3 }))
  .map(
    ([from, to, insert]) =>
      json.slice(0, Math.min(from, to)) + insert + json.slice(Math.max(from, to)),
  );
const headers = fc.constantFrom(
  undefined,
  ['staff', 'q1', 'q3i'],
  ['staff', 'q1', 'q3i', 'new'],
  [],
);

describe('column mapping fuzzing', () => {
  it('validateColumnMapping and parseColumnMapping never throw on 10,000 broken mappings; issues are located', () => {
    fc.assert(
      fc.property(
        fc.oneof(mutatedMapping, text, fc.anything({ maxDepth: 2 })),
        headers,
        (input, fileHeaders) => {
          const options = {
            instrument: surveyInstrument,
            ...(fileHeaders === undefined ? {} : { headers: fileHeaders }),
          };
          const result =
            typeof input === 'string'
              ? parseColumnMapping(input, options)
              : validateColumnMapping(input, options);
          if (result.success) return;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
            // A problem with one column names it; a problem in the JSON's shape has its path.
            if (
              issue.code.startsWith('columnMapping.') &&
              issue.code !== 'columnMapping.invalidJson' &&
              issue.code !== 'columnMapping.requiredFieldMissing'
            )
              expect(typeof issue.column).toBe('string');
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
