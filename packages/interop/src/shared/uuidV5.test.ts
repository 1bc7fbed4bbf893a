import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuidV5.js';
import { capkitCaseNamespace } from '../case/caseNamespace.js';

const dnsNamespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

// Expected values computed with Python's uuid.uuid5, an implementation independent of this one.
describe('uuidV5', () => {
  it('gives RFC 9562 test vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5(dnsNamespace, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('handles names that end at and across SHA-1 block boundaries', () => {
    expect(uuidV5(dnsNamespace, 'a'.repeat(40))).toBe('39f39c20-db47-5131-8879-62f8f67f9014');
    expect(uuidV5(dnsNamespace, 'a'.repeat(55))).toBe('ab36061e-9983-59b3-a171-f60bda1e5897');
  });

  it('encodes names as UTF-8', () => {
    const name = `Référentiel — ${'x'.repeat(120)} 数据`;
    expect(uuidV5(capkitCaseNamespace, name)).toBe('e6c72265-2027-5308-bce3-23313c287b2a');
    expect(uuidV5(capkitCaseNamespace, '')).toBe('1bf06e5d-2301-52c3-b88a-f3aebd1c1265');
  });

  it('derives capkit’s namespace from https://github.com/capkit/capkit#case in the URL namespace', () => {
    expect(capkitCaseNamespace).toBe('9af76512-9a4e-5585-8dfe-6325eb250a68');
    expect(
      uuidV5(capkitCaseNamespace, 'capkit-digital-government:competency:dg-data-protection'),
    ).toBe('09acd449-76ad-5cd3-a33c-8a8bd515e4aa');
  });
});

describe('uuidV5 against more Python values', () => {
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
