import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementArbitrary } from './__tests__/statementArbitraries.js';
import { validateStatement, validateStatements } from './validate.js';

describe('statement → JSON → validate', () => {
  it('every generated valid 2.0 statement validates, unchanged', () => {
    fc.assert(
      fc.property(statementArbitrary, (statement) => {
        const result = validateStatement(JSON.parse(JSON.stringify(statement)));
        expect(result).toEqual({
          success: true,
          data: JSON.parse(JSON.stringify(statement)) as unknown,
        });
      }),
      { numRuns: 1_000 },
    );
  });

  it('the same statements without 2.0-only parts validate as 1.0.3', () => {
    fc.assert(
      fc.property(statementArbitrary, (generated) => {
        const { contextAgents: _dropped, ...context } = generated.context ?? {};
        const statement = { ...generated, context, version: '1.0.3' };
        expect(validateStatement(JSON.stringify(statement), { version: '1.0.3' }).success).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a batch of them validates as a batch', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(statementArbitrary, {
          maxLength: 5,
          selector: (s) => s.id ?? JSON.stringify(s),
        }),
        (batch) => {
          expect(validateStatements(JSON.stringify(batch)).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
