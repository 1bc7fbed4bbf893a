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
    expect(uuidV5(name, capkitCaseNamespace)).toBe('1de94ef6-58e6-5d11-b8cf-09e8c2098246');
    expect(uuidV5('', capkitCaseNamespace)).toBe('51fb3f10-af01-58f9-a123-ccb0e74b9095');
  });

  it('derives capkit’s namespace from https://capkit.dev/case in the URL namespace', () => {
    expect(capkitCaseNamespace).toBe('8ca37e9e-7697-5108-9936-72f8d2fcdd32');
    expect(
      uuidV5('capkit-digital-government:competency:dg-data-protection', capkitCaseNamespace),
    ).toBe('397b830d-f405-5dbe-b71c-f364564ff95c');
  });
});
