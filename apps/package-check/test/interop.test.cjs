// @capkit/interop through `require`: one InteropError class for every format's entry point, and
// each format working from the built files (signing included, offline) under this Node.
const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { InteropError } = require('@capkit/interop');
const {
  ed25519KeyFromSeed,
  openBadgeCredentialOrThrow,
  signBadgeDataIntegrity,
  signBadgeJwt,
  verifyBadge,
} = require('@capkit/interop/badges');
const { importCasePackageOrThrow } = require('@capkit/interop/case');
const { readCsvTable } = require('@capkit/interop/csv');
const { streamCsvToMatrixOrThrow } = require('@capkit/interop/csv/stream');
const { validateStatementOrThrow } = require('@capkit/interop/xapi');
const { digitalGovernmentFramework } = require('@capkit/model/reference');

const issuerId = 'https://skills.ministry.example/issuers/1';
const badgeInput = {
  id: 'urn:uuid:0f4a3c1e-6b2d-4e8f-9a10-7c5d2e1b3a40',
  issuer: { id: issuerId, name: 'Ministry of Digital Services' },
  subjectId: 'urn:uuid:4f1d2a9c-0b3e-4c5d-8e6f-7a8b9c0d1e2f',
  framework: digitalGovernmentFramework,
  competencyId: 'dg-identity',
  levelValue: 3,
  alignment: { targetUrl: 'https://case.ministry.example/ims/case/v1p1/CFItems/dg-identity' },
  validFrom: '2026-03-01T09:00:00Z',
};

function thrownBy(action) {
  try {
    action();
  } catch (error) {
    return error;
  }
  assert.fail('expected a throw');
}

describe('@capkit/interop via require', () => {
  it('throws the root InteropError from every format', async () => {
    for (const error of [
      thrownBy(() => importCasePackageOrThrow({})),
      thrownBy(() => validateStatementOrThrow({})),
      thrownBy(() =>
        openBadgeCredentialOrThrow({ ...badgeInput, competencyId: 'no-such-competency' }),
      ),
      await streamCsvToMatrixOrThrow([new TextEncoder().encode('a\n1\n')], {}).catch((e) => e),
    ]) {
      assert.ok(error instanceof InteropError, `${error?.name}: ${error?.message}`);
      assert.ok(error.issues.length > 0);
    }
  });

  it('reads a Windows-1252 LimeSurvey-style file', () => {
    const bytes = Uint8Array.of(
      ...new TextEncoder().encode('id;pr'),
      0xe9,
      ...new TextEncoder().encode('nom\n1;Z'),
      0x80,
      0x0a,
    );
    const table = readCsvTable(bytes);
    assert.deepEqual(table.headers, ['id', 'prénom']);
    assert.deepEqual(table.rows, [['1', 'Z€']]);
    assert.equal(table.delimiter, ';');
  });

  it('signs and verifies an Open Badge both ways without a network', async () => {
    const fetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('no network'));
    try {
      const { signingKey, verificationKey } = await ed25519KeyFromSeed({
        seed: new Uint8Array(32).fill(7),
        controller: issuerId,
      });
      const badge = openBadgeCredentialOrThrow(badgeInput);
      const now = new Date('2027-01-01T00:00:00Z');
      const signed = await signBadgeDataIntegrity(badge, { key: signingKey });
      assert.equal(signed.success, true);
      assert.equal(
        (await verifyBadge(signed.data, { keys: [verificationKey], now })).verified,
        true,
      );
      const forged = { ...signed.data, name: 'Changed' };
      assert.equal(
        (await verifyBadge(forged, { keys: [verificationKey], now })).reason,
        'tampered',
      );
      const jwt = await signBadgeJwt(badge, { key: signingKey });
      assert.equal((await verifyBadge(jwt.data, { keys: [verificationKey], now })).verified, true);
    } finally {
      globalThis.fetch = fetch;
    }
  });
});
