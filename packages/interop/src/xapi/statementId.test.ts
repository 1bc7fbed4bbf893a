import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../shared/uuidV5.js';
import { capkitStatementId, capkitStatementNamespace } from './statementId.js';

describe('capkitStatementId', () => {
  it('is the same for the same facts and different for different ones', () => {
    expect(capkitStatementId('interventionCompleted', ['plan', 'int', 'p-1'])).toBe(
      capkitStatementId('interventionCompleted', ['plan', 'int', 'p-1']),
    );
    expect(capkitStatementId('interventionCompleted', ['plan', 'int', 'p-1'])).not.toBe(
      capkitStatementId('interventionCompleted', ['plan', 'int:p-1']),
    );
  });

  it('lives in a fixed namespace', () => {
    expect(capkitStatementNamespace).toBe(
      uuidV5(
        '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
        'https://github.com/capkit/capkit#xapi-statement',
      ),
    );
    expect(capkitStatementNamespace).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
