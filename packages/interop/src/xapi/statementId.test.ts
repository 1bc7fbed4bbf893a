import { describe, expect, it } from 'vitest';
import { capkitStatementId, capkitStatementNamespace, uuidV5 } from './statementId.js';

describe('uuidV5', () => {
  it('reproduces RFC 4122 / Python uuid5 values', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com') and uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://example.org/')).toBe(
      '527dda32-a0de-5105-a042-cb475b5f7d11',
    );
  });

  it('handles names longer than one SHA-1 block and non-ASCII text', () => {
    expect(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'é'.repeat(100))).toBe(
      'a0117772-3f65-5000-8229-6803b8fe27df',
    );
  });
});

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
