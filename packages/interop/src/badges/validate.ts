import type { z } from 'zod';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { interopLimits } from '../shared/limits.js';
import { openBadgeCredentialSchema, type BadgeResult, type OpenBadgeCredential } from './schema.js';
import { openBadgesContexts, vcContextV2 } from './vocabulary.js';

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
