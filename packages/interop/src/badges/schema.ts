import { z } from 'zod';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { interopLimits } from '../shared/limits.js';

/** The VC Data Model 2.0 context; it must come first in `@context`. */
export const vcContextV2 = 'https://www.w3.org/ns/credentials/v2';

/** The Open Badges 3.0 context this package writes (1EdTech's latest, 3.0.3). */
export const openBadgesContext = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Every published OB 3.0 context URL a credential may name (the local loader serves each). */
export const openBadgesContexts: readonly string[] = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  openBadgesContext,
];

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

/** OB 3.0 `AchievementType` values. */
export const achievementTypes = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;

/** OB 3.0 `AlignmentTargetType` values; `CFItem` is a 1EdTech CASE item. */
export const alignmentTargetTypes = [
  'ceasn:Competency',
  'ceterms:Credential',
  'CFItem',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
  'CTDL',
] as const;

/** One of {@link alignmentTargetTypes}, or an `ext:` term. */
export type AlignmentTargetType = (typeof alignmentTargetTypes)[number] | `ext:${string}`;

const resultTypes = [
  'GradePointAverage',
  'LetterGrade',
  'Percent',
  'PerformanceLevel',
  'PredictedScore',
  'RawScore',
  'Result',
  'RubricCriterion',
  'RubricCriterionLevel',
  'RubricScore',
  'ScaledScore',
  'Status',
] as const;

const resultStatuses = [
  'Completed',
  'Enrolled',
  'Failed',
  'InProgress',
  'OnHold',
  'Provisional',
  'Withdrew',
] as const;

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

function codeOf(issue: z.core.$ZodIssue): string {
  const params =
    issue.code === 'custom' ? (issue.params as { badgeCode?: unknown } | undefined) : undefined;
  return typeof params?.badgeCode === 'string' ? params.badgeCode : `badge.${issue.code}`;
}

function toInteropIssues(issues: readonly z.core.$ZodIssue[], maxIssues: number): InteropIssue[] {
  return issues
    .flatMap((issue): InteropIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) =>
            interopIssue(
              { path: [...issue.path, key] },
              'badge.unknownProperty',
              `"${key}" is not a property Open Badges 3.0 defines here; an extension property needs the @context that defines it`,
            ),
          )
        : [interopIssue({ path: issue.path }, codeOf(issue), issue.message)],
    )
    .slice(0, maxIssues);
}

/** True when `@context` names a context beyond VC 2.0 and OB 3.0: an extension may define terms. */
function declaresExtensionContext(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const contexts: unknown = (input as Record<string, unknown>)['@context'];
  return (
    Array.isArray(contexts) &&
    contexts.some(
      (context) =>
        typeof context !== 'string' ||
        (context !== vcContextV2 && !openBadgesContexts.includes(context)),
    )
  );
}

/**
 * Checks that `input` is an OB 3.0 `OpenBadgeCredential`: the VC 2.0 context first and an OB 3.0
 * context, an issuer `Profile`, an `AchievementSubject` whose `achievement` has `criteria`,
 * `validFrom`, and the values OB 3.0 allows. A property OB 3.0 does not define (or that capkit
 * does not model yet) is an issue — unless `@context` names a further context, as OB 3.0's
 * extensions do: then such properties are kept exactly as given (the extension's context must
 * define them, which JSON-LD safe mode checks when a Data Integrity proof is made or verified).
 * Never throws.
 */
export function validateOpenBadgeCredential(
  input: unknown,
  options: { readonly maxIssues?: number } = {},
): BadgeResult<OpenBadgeCredential> {
  const maxIssues = options.maxIssues ?? interopLimits.maxIssues;
  try {
    const parsed = openBadgeCredentialSchema.safeParse(input);
    if (parsed.success) return { success: true, data: parsed.data };
    const issues = declaresExtensionContext(input)
      ? parsed.error.issues.filter((issue) => issue.code !== 'unrecognized_keys')
      : parsed.error.issues;
    // The schemas transform nothing, so with only extension properties left over the input
    // itself is the credential, extension properties included.
    if (issues.length === 0)
      return { success: true, data: structuredClone(input) as OpenBadgeCredential };
    return { success: false, issues: toInteropIssues(issues, maxIssues) };
  } catch {
    // Objects built in code (getters, proxies) can throw while being read; JSON cannot.
    return {
      success: false,
      issues: [interopIssue({}, 'badge.unreadable', 'The credential could not be read')],
    };
  }
}
