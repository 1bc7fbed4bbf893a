import { openBadgeCredentialOrThrow } from '../credential.js';
import type { OpenBadgeCredential } from '../schema.js';
import { caseItemUrl, framework, issuerId } from './testData.js';

/** The badge the tests sign: data literacy at Practitioner, valid 2026-03-01 to 2029-03-01. */
export function practitionerBadge(): OpenBadgeCredential {
  return openBadgeCredentialOrThrow({
    id: 'urn:uuid:0f4a3c1e-6b2d-4e8f-9a10-7c5d2e1b3a40',
    issuer: { id: issuerId, name: 'Ministry of Digital Services', url: 'https://ministry.example' },
    subjectId: 'urn:uuid:8e1b0a55-2c3d-8f4e-9a6b-1c2d3e4f5a6b',
    framework,
    competencyId: 'data-literacy',
    levelValue: 3,
    alignment: { targetUrl: caseItemUrl },
    evidence: [
      {
        name: 'Digital skills assessment, round 2026-1',
        description: 'Rated 3 (Practitioner) of 4 by self and line manager; proficient from 3.',
        genre: 'Assessment',
      },
    ],
    validFrom: '2026-03-01T09:00:00Z',
    validUntil: '2029-03-01T09:00:00Z',
  });
}
