import {
  resolveLocalizedText,
  type Competency,
  type CompetencyFramework,
  type LocalizedText,
  type ProficiencyLevel,
  type ProficiencyScale,
} from '@capkit/model';
import { InteropError, interopIssue } from '../shared/interopIssue.js';
import type { BadgeResult, OpenBadgeCredential } from './schema.js';
import { validateOpenBadgeCredential } from './validate.js';
import { openBadgesContext, vcContextV2, type AlignmentTargetType } from './vocabulary.js';

/** Something that supports the level reached: an assessment round, a score, a portfolio. */
export interface BadgeEvidenceInput {
  /** A URL where the evidence can be seen, if there is one. */
  readonly id?: string;
  /** e.g. "Digital skills self-assessment, round 2026-1". */
  readonly name: string;
  /** e.g. "Rated 3 (Practitioner) of 4; the proficient threshold is 3." */
  readonly description?: string;
  readonly narrative?: string;
  /** e.g. "Assessment". */
  readonly genre?: string;
}

/** What {@link openBadgeCredential} needs to say "this person reached this level". */
export interface OpenBadgeCredentialInput {
  /** The credential's own id: a URI, e.g. `urn:uuid:…` (one per badge issued). */
  readonly id: string;
  /** The awarding body; `id` is the URI its keys are published under (https or did:). */
  readonly issuer: {
    readonly id: string;
    readonly name: string;
    readonly url?: string;
    readonly email?: string;
  };
  /**
   * The person, as a URI that says nothing about them: a pseudonymous id such as
   * {@link pseudonymousSubjectId}'s `urn:uuid:…`. Nothing else about the person is written —
   * no name, no e-mail — so the badge carries only what the caller chose to put here.
   */
  readonly subjectId: string;
  readonly framework: CompetencyFramework;
  /** Id of the competency (in `framework`) whose level was reached. */
  readonly competencyId: string;
  /** `value` of the level reached on the competency's scale. */
  readonly levelValue: number;
  /** Where the competency is published, for the badge's `alignment`. */
  readonly alignment: {
    /** The CASE `CFItem`'s URI (`…/ims/case/v1p1/CFItems/<uuid>`) or the framework's page. */
    readonly targetUrl: string;
    /** @default 'CFItem' */
    readonly targetType?: AlignmentTargetType;
  };
  /**
   * The achievement's id (a URI; the same for everyone who reaches this level).
   * @default `${issuer.id}/achievements/<framework id>/<version>/<competency id>/<level value>` when the issuer id is an http(s) URL
   */
  readonly achievementId?: string;
  readonly evidence?: readonly BadgeEvidenceInput[];
  /** ISO 8601 date-time with a time zone, e.g. `2026-03-01T09:00:00Z`. */
  readonly validFrom: string;
  /** When the badge stops being valid; absent for a badge that does not expire. */
  readonly validUntil?: string;
  /** Languages to write the badge's text in, most preferred first. @default [] (English, then the first given) */
  readonly languages?: readonly string[];
}

function joinUrl(base: string, ...segments: readonly string[]): string {
  return [base.replace(/\/+$/, ''), ...segments.map(encodeURIComponent)].join('/');
}

interface Resolved {
  readonly competency: Competency;
  readonly scale: ProficiencyScale;
  readonly level: ProficiencyLevel;
}

function resolve(input: OpenBadgeCredentialInput): Resolved | string {
  const competency = input.framework.competencies.find((c) => c.id === input.competencyId);
  if (competency === undefined) return 'competencyId';
  const scale = input.framework.scales.find((s) => s.id === competency.scaleId);
  const level = scale?.levels.find((l) => l.value === input.levelValue);
  if (scale === undefined || level === undefined) return 'levelValue';
  return { competency, scale, level };
}

/**
 * Builds an OB 3.0 `OpenBadgeCredential` (VC Data Model 2.0) saying that the subject reached a
 * level of a framework competency: the `achievement` is the competency at that level, its
 * `criteria` narrative is the level's descriptor, its `alignment` points at the CASE item
 * (`targetType: 'CFItem'`, `targetCode` the competency's code), its `resultDescription` lists the
 * scale's levels and the subject's `result` names the one reached; `evidence` is the caller's.
 * The credential is unsigned; sign it with `signBadgeDataIntegrity` or `signBadgeJwt`.
 * Never throws: an unknown competency or level, or a field OB 3.0 refuses, is a located issue.
 */
export function openBadgeCredential(
  input: OpenBadgeCredentialInput,
): BadgeResult<OpenBadgeCredential> {
  const resolved = resolve(input);
  if (typeof resolved === 'string') {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: [resolved] },
          resolved === 'competencyId' ? 'badge.unknownCompetency' : 'badge.unknownLevel',
          resolved === 'competencyId'
            ? `The framework has no competency "${input.competencyId}"`
            : `Level ${input.levelValue} is not on the competency's scale`,
        ),
      ],
    };
  }
  const { competency, scale, level } = resolved;
  const { framework, issuer } = input;
  const say = (value: LocalizedText): string => resolveLocalizedText(value, input.languages).text;
  const achievementId =
    input.achievementId ??
    (/^https?:\/\//i.test(issuer.id)
      ? joinUrl(
          issuer.id,
          'achievements',
          framework.id,
          framework.version,
          competency.id,
          String(level.value),
        )
      : undefined);
  if (achievementId === undefined) {
    return {
      success: false,
      issues: [
        interopIssue(
          { path: ['achievementId'] },
          'badge.achievementIdNeeded',
          'Give an achievementId: the issuer id is not an http(s) URL to build one from',
        ),
      ],
    };
  }
  const resultDescriptionId = `${achievementId}#scale`;
  const levelId = (value: number) => `${achievementId}#level-${value}`;
  const competencyName = say(competency.label);
  const levelName = say(level.label);
  const candidate = {
    '@context': [vcContextV2, openBadgesContext],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${competencyName}: ${levelName}`,
    issuer: {
      id: issuer.id,
      type: ['Profile'],
      name: issuer.name,
      ...(issuer.url === undefined ? {} : { url: issuer.url }),
      ...(issuer.email === undefined ? {} : { email: issuer.email }),
    },
    validFrom: input.validFrom,
    ...(input.validUntil === undefined ? {} : { validUntil: input.validUntil }),
    credentialSubject: {
      id: input.subjectId,
      type: ['AchievementSubject'],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Competency',
        name: `${competencyName}: ${levelName}`,
        description: say(competency.statement),
        criteria: {
          narrative: say(level.descriptor ?? level.label),
        },
        humanCode: competency.code,
        version: framework.version,
        alignment: [
          {
            type: ['Alignment'],
            targetName: competencyName,
            targetUrl: input.alignment.targetUrl,
            targetDescription: say(competency.statement),
            targetCode: competency.code,
            targetFramework: say(framework.title),
            targetType: input.alignment.targetType ?? 'CFItem',
          },
        ],
        resultDescription: [
          {
            id: resultDescriptionId,
            type: ['ResultDescription'],
            name: say(scale.label),
            resultType: 'RubricCriterionLevel',
            requiredLevel: levelId(scale.proficientLevel),
            rubricCriterionLevel: scale.levels.map((l) => ({
              id: levelId(l.value),
              type: ['RubricCriterionLevel'],
              name: say(l.label),
              ...(l.descriptor === undefined ? {} : { description: say(l.descriptor) }),
              level: String(l.value),
            })),
          },
        ],
      },
      result: [
        {
          type: ['Result'],
          resultDescription: resultDescriptionId,
          achievedLevel: levelId(level.value),
        },
      ],
    },
    ...(input.evidence === undefined || input.evidence.length === 0
      ? {}
      : {
          evidence: input.evidence.map((e) => ({
            ...(e.id === undefined ? {} : { id: e.id }),
            type: ['Evidence'],
            name: e.name,
            ...(e.description === undefined ? {} : { description: e.description }),
            ...(e.narrative === undefined ? {} : { narrative: e.narrative }),
            ...(e.genre === undefined ? {} : { genre: e.genre }),
          })),
        }),
  };
  return validateOpenBadgeCredential(candidate);
}

/** {@link openBadgeCredential}, throwing an {@link InteropError} with every issue instead. */
export function openBadgeCredentialOrThrow(input: OpenBadgeCredentialInput): OpenBadgeCredential {
  const result = openBadgeCredential(input);
  if (!result.success) throw new InteropError('The badge could not be built', result.issues);
  return result.data;
}

/**
 * A subject id that is the same for a person every time one issuer awards them a badge, yet says
 * nothing about them and cannot be traced back without `secret`: HMAC-SHA-256 of the caller's
 * person id under the issuer's secret, written as a version-8 (custom) UUID URN. Keep the secret
 * with the issuer's keys; a dictionary of person ids cannot be tested against it without it.
 * @throws {InteropError} when `secret` is shorter than 16 bytes (a setup mistake, not bad data).
 */
export async function pseudonymousSubjectId(input: {
  readonly personId: string;
  /** At least 16 bytes of the issuer's own randomness. */
  readonly secret: Uint8Array;
}): Promise<string> {
  if (input.secret.byteLength < 16) {
    throw new InteropError('The secret is too short', [
      interopIssue({ path: ['secret'] }, 'badge.shortSecret', 'Give a secret of at least 16 bytes'),
    ]);
  }
  const key = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(input.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input.personId)),
  ).slice(0, 16);
  // RFC 9562 §5.8: version 8 in the high nibble of byte 6, variant 10 in byte 8.
  mac[6] = ((mac[6] ?? 0) & 0x0f) | 0x80;
  mac[8] = ((mac[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
