import { describe, expect, it } from 'vitest';
import golden from './fixtures/practitioner.unsigned.json' with { type: 'json' };
import { openBadgeCredential, pseudonymousSubjectId } from './credential.js';
import { practitionerBadge } from './__tests__/buildBadge.js';
import { caseItemUrl, framework, issuerId } from './__tests__/testData.js';

const base = {
  id: 'urn:uuid:0f4a3c1e-6b2d-4e8f-9a10-7c5d2e1b3a40',
  issuer: { id: issuerId, name: 'Ministry of Digital Services' },
  subjectId: 'urn:uuid:8e1b0a55-2c3d-8f4e-9a6b-1c2d3e4f5a6b',
  framework,
  competencyId: 'data-literacy',
  levelValue: 3,
  alignment: { targetUrl: caseItemUrl },
  validFrom: '2026-03-01T09:00:00Z',
} as const;

describe('openBadgeCredential', () => {
  it('builds the golden badge for data literacy at Practitioner', () => {
    expect(practitionerBadge()).toEqual(golden);
  });

  it('writes the VC 2.0 context first and the OB 3.0.3 context second', () => {
    expect(practitionerBadge()['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
  });

  it("takes the criteria narrative from the level's descriptor and aligns to the CASE item", () => {
    const { achievement } = practitionerBadge().credentialSubject;
    expect(achievement.criteria.narrative).toBe(
      'Finds, judges and uses data on their own, and explains the limits of what it shows.',
    );
    expect(achievement.alignment?.[0]).toMatchObject({
      targetType: 'CFItem',
      targetUrl: caseItemUrl,
      targetCode: 'DG-2.1',
      targetName: 'Data literacy',
    });
  });

  it('names the level reached among the scale levels', () => {
    const { achievement, result } = practitionerBadge().credentialSubject;
    const levels = achievement.resultDescription?.[0]?.rubricCriterionLevel ?? [];
    expect(levels.map((l) => l.name)).toEqual(['Awareness', 'Working', 'Practitioner', 'Expert']);
    expect(result?.[0]?.achievedLevel).toBe(levels[2]?.id);
  });

  it('writes nothing about the person but the id it was given', () => {
    const subject = practitionerBadge().credentialSubject;
    expect(Object.keys(subject).sort()).toEqual(['achievement', 'id', 'result', 'type']);
    expect(subject.id).toBe('urn:uuid:8e1b0a55-2c3d-8f4e-9a6b-1c2d3e4f5a6b');
  });

  it('writes the text in the language asked for', () => {
    const result = openBadgeCredential({ ...base, languages: ['fr'] });
    expect(result.success && result.data.name).toBe('Culture des données: Praticien');
  });

  it('uses a framework alignment type when told', () => {
    const result = openBadgeCredential({
      ...base,
      alignment: {
        targetUrl: 'https://framework.example/dg/DG-2.1',
        targetType: 'ext:CapkitCompetency',
      },
    });
    expect(
      result.success && result.data.credentialSubject.achievement.alignment?.[0]?.targetType,
    ).toBe('ext:CapkitCompetency');
  });

  it('reports an unknown competency and an unknown level at their fields', () => {
    expect(openBadgeCredential({ ...base, competencyId: 'nope' })).toEqual({
      success: false,
      issues: [
        {
          path: 'competencyId',
          code: 'badge.unknownCompetency',
          message: 'The framework has no competency "nope"',
        },
      ],
    });
    const level = openBadgeCredential({ ...base, levelValue: 9 });
    expect(level.success || level.issues.map((i) => i.path)).toEqual(['levelValue']);
  });

  it('asks for an achievement id when the issuer is not an http(s) URL', () => {
    const result = openBadgeCredential({
      ...base,
      issuer: { id: 'did:web:ministry.example', name: 'M' },
    });
    expect(result.success || result.issues[0]?.code).toBe('badge.achievementIdNeeded');
  });

  it('reports a subject id that is not a URI and a validUntil before validFrom, located', () => {
    const result = openBadgeCredential({
      ...base,
      subjectId: 'alice@example.org',
      validUntil: '2020-01-01T00:00:00Z',
    });
    expect(result.success || result.issues.map((i) => i.path).sort()).toEqual([
      'credentialSubject.id',
      'validUntil',
    ]);
  });
});

describe('pseudonymousSubjectId', () => {
  const secret = Uint8Array.from({ length: 32 }, (_, i) => i * 7);

  it('is a stable version-8 UUID URN for one person and secret', async () => {
    const first = await pseudonymousSubjectId({ personId: 'person-0042', secret });
    expect(first).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await pseudonymousSubjectId({ personId: 'person-0042', secret })).toBe(first);
  });

  it('differs between people and between secrets', async () => {
    const a = await pseudonymousSubjectId({ personId: 'person-0042', secret });
    const b = await pseudonymousSubjectId({ personId: 'person-0043', secret });
    const c = await pseudonymousSubjectId({
      personId: 'person-0042',
      secret: secret.map((x) => x ^ 1),
    });
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a).not.toContain('0042');
  });

  it('refuses a secret shorter than 16 bytes', async () => {
    await expect(
      pseudonymousSubjectId({ personId: 'p', secret: new Uint8Array(8) }),
    ).rejects.toThrow('The secret is too short');
  });
});
