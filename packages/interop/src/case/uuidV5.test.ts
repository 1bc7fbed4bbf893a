import { describe, expect, it } from 'vitest';
import { capkitCaseNamespace, uuidV5 } from './uuidV5.js';

const dnsNamespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

// Expected values computed with Python's uuid.uuid5, an implementation independent of this one.
describe('uuidV5', () => {
  it('gives RFC 9562 test vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', dnsNamespace)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('handles names that end at and across SHA-1 block boundaries', () => {
    expect(uuidV5('a'.repeat(40), dnsNamespace)).toBe('39f39c20-db47-5131-8879-62f8f67f9014');
    expect(uuidV5('a'.repeat(55), dnsNamespace)).toBe('ab36061e-9983-59b3-a171-f60bda1e5897');
  });

  it('encodes names as UTF-8', () => {
    const name = `Référentiel — ${'x'.repeat(120)} 数据`;
    expect(uuidV5(name, capkitCaseNamespace)).toBe('e6c72265-2027-5308-bce3-23313c287b2a');
    expect(uuidV5('', capkitCaseNamespace)).toBe('1bf06e5d-2301-52c3-b88a-f3aebd1c1265');
  });

  it('derives capkit’s namespace from https://github.com/capkit/capkit#case in the URL namespace', () => {
    expect(capkitCaseNamespace).toBe('9af76512-9a4e-5585-8dfe-6325eb250a68');
    expect(
      uuidV5('capkit-digital-government:competency:dg-data-protection', capkitCaseNamespace),
    ).toBe('09acd449-76ad-5cd3-a33c-8a8bd515e4aa');
  });
});
