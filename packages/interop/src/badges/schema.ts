import { z } from 'zod';
import type { InteropIssue } from '../shared/interopIssue.js';
import {
  achievementTypes,
  alignmentTargetTypes,
  openBadgesContext,
  openBadgesContexts,
  resultStatuses,
  resultTypes,
  vcContextV2,
} from './vocabulary.js';

const maxText = 10_000;
const maxList = 1_000;

/** A refinement's message with the issue code it reports as. */
function rule(code: string, message: string, path?: PropertyKey[]) {
  return {
    message,
    params: { badgeCode: `badge.${code}` },
    ...(path === undefined ? {} : { path }),
  };
}

function isUri(value: string): boolean {
  return URL.canParse(value) && !/\s/.test(value);
}

const text = z.string().min(1, 'Expected a non-empty string').max(maxText);
const uri = z
  .string()
  .max(2_048)
  .refine(
    isUri,
    rule('notUri', 'Expected an absolute URI such as "https://…", "urn:uuid:…" or "did:…"'),
  );
const url = uri.refine(
  (value) => /^https?:\/\//i.test(value),
  rule('notHttpUrl', 'Expected an http(s) URL'),
);
// RFC 3339 date-time with an offset or Z, as VC 2.0's `xsd:dateTimeStamp` requires.
const dateTime = z.iso.datetime({
  offset: true,
  message: 'Expected an ISO 8601 date-time with a time zone',
});

function list<T extends z.ZodType>(item: T) {
  return z.array(item).min(1, 'Expected at least one entry').max(maxList);
}

/** `type` as OB 3.0 writes it: a string or an array of strings that names `required`. */
function typeNaming(...required: readonly [string, ...string[]]) {
  const described = required.map((name) => `"${name}"`).join(' or ');
  return z
    .union([text, z.array(text).min(1).max(32)])
    .refine(
      (value) => (typeof value === 'string' ? [value] : value).some((t) => required.includes(t)),
      rule('missingType', `"type" must include ${described}`),
    );
}

// OB 3.0 enumerations are open through `ext:` terms; the pattern is the specification's.
const extensionTerm = /^ext:[a-zA-Z0-9._-]+$/;
function openEnumeration(values: readonly string[], what: string) {
  return z
    .string()
    .refine(
      (value) => values.includes(value) || extensionTerm.test(value),
      rule('unknownTerm', `Expected one of OB 3.0's ${what} values or an "ext:" term`),
    );
}

const imageSchema = z.strictObject({
  id: uri,
  type: z.literal('Image'),
  caption: text.optional(),
});

/** OB 3.0 `Profile`: who issued the badge. */
export const profileSchema = z.strictObject({
  id: uri,
  type: typeNaming('Profile'),
  name: text.optional(),
  url: url.optional(),
  email: text.optional(),
  phone: text.optional(),
  description: text.optional(),
  image: imageSchema.optional(),
});

/** OB 3.0 `Alignment`: the competency in a framework (a CASE `CFItem`, say) the badge is for. */
export const alignmentSchema = z.strictObject({
  type: typeNaming('Alignment'),
  targetName: text,
  targetUrl: url,
  targetDescription: text.optional(),
  targetCode: text.optional(),
  targetFramework: text.optional(),
  targetType: openEnumeration(alignmentTargetTypes, 'AlignmentTargetType').optional(),
});

/** OB 3.0 `Criteria`: how the achievement is earned; an `id` or a `narrative` (or both). */
export const criteriaSchema = z
  .strictObject({ id: uri.optional(), narrative: text.optional() })
  .refine(
    (criteria) => criteria.id !== undefined || criteria.narrative !== undefined,
    rule('emptyCriteria', 'Criteria need an "id" or a "narrative"'),
  );

const rubricCriterionLevelSchema = z.strictObject({
  id: uri,
  type: typeNaming('RubricCriterionLevel'),
  name: text,
  description: text.optional(),
  level: text.optional(),
  points: text.optional(),
  alignment: list(alignmentSchema).optional(),
});

const resultDescriptionSchema = z.strictObject({
  id: uri,
  type: typeNaming('ResultDescription'),
  name: text,
  resultType: openEnumeration(resultTypes, 'ResultType'),
  rubricCriterionLevel: list(rubricCriterionLevelSchema).optional(),
  requiredLevel: uri.optional(),
  allowedValue: list(text).optional(),
  alignment: list(alignmentSchema).optional(),
});

/** OB 3.0 `Achievement`: what was achieved (here, a competency at a level). */
export const achievementSchema = z.strictObject({
  id: uri,
  type: typeNaming('Achievement'),
  name: text,
  description: text,
  criteria: criteriaSchema,
  achievementType: openEnumeration(achievementTypes, 'AchievementType').optional(),
  alignment: list(alignmentSchema).optional(),
  creator: profileSchema.optional(),
  humanCode: text.optional(),
  fieldOfStudy: text.optional(),
  specialization: text.optional(),
  tag: list(text).optional(),
  inLanguage: text.optional(),
  version: text.optional(),
  image: imageSchema.optional(),
  resultDescription: list(resultDescriptionSchema).optional(),
});

const identityObjectSchema = z.strictObject({
  type: z.literal('IdentityObject'),
  hashed: z.boolean(),
  identityHash: text,
  identityType: text,
  salt: text.optional(),
});

const resultSchema = z.strictObject({
  type: typeNaming('Result'),
  resultDescription: uri.optional(),
  achievedLevel: uri.optional(),
  value: text.optional(),
  status: z.enum(resultStatuses).optional(),
  alignment: list(alignmentSchema).optional(),
});

/** OB 3.0 `AchievementSubject`: who earned it — an `id` or at least one `identifier`. */
export const achievementSubjectSchema = z
  .strictObject({
    id: uri.optional(),
    type: typeNaming('AchievementSubject'),
    achievement: achievementSchema,
    identifier: list(identityObjectSchema).optional(),
    result: list(resultSchema).optional(),
    activityStartDate: dateTime.optional(),
    activityEndDate: dateTime.optional(),
    narrative: text.optional(),
  })
  .refine(
    (subject) => subject.id !== undefined || subject.identifier !== undefined,
    rule('anonymousSubject', 'The subject needs an "id" or at least one "identifier"'),
  );

/** OB 3.0 `Evidence`: what supports the achievement (an assessment round, a score…). */
export const evidenceSchema = z.strictObject({
  id: uri.optional(),
  type: typeNaming('Evidence'),
  name: text.optional(),
  description: text.optional(),
  narrative: text.optional(),
  genre: text.optional(),
  audience: text.optional(),
});

/** A Data Integrity proof (`DataIntegrityProof`, VC Data Integrity 1.0). */
export const dataIntegrityProofSchema = z.strictObject({
  type: z.literal('DataIntegrityProof'),
  cryptosuite: text,
  created: dateTime.optional(),
  expires: dateTime.optional(),
  verificationMethod: uri,
  proofPurpose: text,
  proofValue: z
    .string()
    .regex(/^z[1-9A-HJ-NP-Za-km-z]+$/, 'Expected a base58btc multibase value ("z…")')
    .max(4_096),
  id: uri.optional(),
  domain: text.optional(),
  challenge: text.optional(),
  nonce: text.optional(),
  previousProof: z.union([uri, z.array(uri).max(32)]).optional(),
});

const contextSchema = z
  .array(z.union([uri, z.record(z.string(), z.unknown())]))
  .min(2)
  .max(32)
  .refine(
    (contexts) => contexts[0] === vcContextV2,
    rule('vcContextFirst', `"@context" must start with "${vcContextV2}"`, [0]),
  )
  .refine(
    (contexts) => contexts.some((c) => typeof c === 'string' && openBadgesContexts.includes(c)),
    rule(
      'noOpenBadgesContext',
      `"@context" must name an Open Badges 3.0 context such as "${openBadgesContext}"`,
    ),
  );

/** An `OpenBadgeCredential` (OB 3.0 on VC Data Model 2.0), with or without an embedded proof. */
export const openBadgeCredentialSchema = z
  .strictObject({
    '@context': contextSchema,
    id: uri,
    type: typeNaming('VerifiableCredential').refine(
      (value) =>
        (typeof value === 'string' ? [value] : value).some(
          (t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential',
        ),
      rule('missingType', '"type" must include "OpenBadgeCredential" or "AchievementCredential"'),
    ),
    name: text,
    description: text.optional(),
    image: imageSchema.optional(),
    issuer: profileSchema,
    validFrom: dateTime,
    validUntil: dateTime.optional(),
    awardedDate: dateTime.optional(),
    credentialSubject: achievementSubjectSchema,
    evidence: list(evidenceSchema).optional(),
    credentialSchema: list(z.strictObject({ id: uri, type: text })).optional(),
    proof: z.union([dataIntegrityProofSchema, list(dataIntegrityProofSchema)]).optional(),
  })
  .refine(
    (credential) =>
      credential.validUntil === undefined ||
      // Only when both dates read; a bad date has its own issue.
      !(Date.parse(credential.validUntil) <= Date.parse(credential.validFrom)),
    rule('validUntilBeforeValidFrom', '"validUntil" must be after "validFrom"', ['validUntil']),
  );

/** An OB 3.0 `OpenBadgeCredential`; see {@link openBadgeCredentialSchema}. */
export type OpenBadgeCredential = z.infer<typeof openBadgeCredentialSchema>;
/** OB 3.0 `Profile`. */
export type BadgeProfile = z.infer<typeof profileSchema>;
/** OB 3.0 `Achievement`. */
export type BadgeAchievement = z.infer<typeof achievementSchema>;
/** OB 3.0 `Alignment`. */
export type BadgeAlignment = z.infer<typeof alignmentSchema>;
/** OB 3.0 `Evidence`. */
export type BadgeEvidence = z.infer<typeof evidenceSchema>;
/** A `DataIntegrityProof`. */
export type DataIntegrityProofValue = z.infer<typeof dataIntegrityProofSchema>;

/** Outcome of a check or a build: the value, or every problem found with where it is. */
export type BadgeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly InteropIssue[] };
