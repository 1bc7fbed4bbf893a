// The fixed vocabularies of OB 3.0 and the context URLs this package writes and serves.

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

/** OB 3.0 `ResultType` values. */
export const resultTypes = [
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

/** OB 3.0 `ResultStatusType` values. */
export const resultStatuses = [
  'Completed',
  'Enrolled',
  'Failed',
  'InProgress',
  'OnHold',
  'Provisional',
  'Withdrew',
] as const;
