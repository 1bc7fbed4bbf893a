/**
 * English templates of capkit's own validation messages, keyed by the `code` each
 * {@link ValidationIssue} carries. To translate, map the same keys to your language and fill the
 * `{placeholders}` from the issue's `params` with {@link formatIssueMessage}. Codes that zod
 * raises (`invalid_type`, `too_small`…) keep zod's messages; zod's locales translate those.
 */
export const issueMessages = {
  'document.notAnObject': 'Expected a JSON object',
  'document.missingSchemaVersion': 'The document has no schemaVersion',
  'document.newerSchemaVersion':
    'The document has schemaVersion {found}, newer than {supported} which this version of @capkit/model reads; upgrade @capkit/model',
  'document.noMigration': 'No migration from schemaVersion {from}',
  'id.duplicate':
    'The id "{id}" is used more than once in {collection}; it is first used at {firstPath}',
  'ref.unknown': 'No {target} with id "{id}"',
  'ref.unknownFramework': 'No framework "{frameworkId}" version "{version}"',
  'ref.unknownRound': 'The programme has no round {round}',
  'ref.notInFramework': 'Competency "{id}" is not in framework "{frameworkId}" version "{version}"',
  'tree.cycle': '"{id}" is its own ancestor through parentId',
  'dates.outOfOrder': '{later} ({laterValue}) is before {earlier} ({earlierValue})',
  'round.numbering':
    'Rounds must be numbered 1, 2, 3… in order; expected {expected}, found {found}',
  'framework.duplicateVersion':
    'Framework "{frameworkId}" version "{version}" appears more than once',
  'framework.draftInUse':
    'Campaign "{campaignId}" has started, so framework "{frameworkId}" version "{version}" must be published (it is {status})',
  'role.levelNotOnScale': 'Required level {level} is not a level of scale "{scaleId}" ({levels})',
  'assessment.ratingOutOfRange': '{value} lies outside the rating range {min}–{max}',
  'instrument.forwardDisplayRule':
    'Item "{itemId}" can only depend on an earlier item; "{dependsOn}" is not before it',
  'instrument.selfDisplayRule': 'Item "{itemId}" cannot depend on its own answer',
  'instrument.unknownDisplayRuleItem':
    'Item "{itemId}" depends on item "{dependsOn}", which the instrument does not have',
  'role.duplicateRequirement': 'The role requires competency "{id}" more than once',
  'response.selfAboutSomeoneElse':
    'A self-assessment must be about the respondent, not "{subjectId}"',
  'response.subjectRequired': 'A {perspective} rating must say whom it rates (subjectId)',
  'response.duplicateSubmission':
    '"{respondentId}" already submitted a response about "{subjectId}" to campaign "{campaignId}"',
  'response.unknownItem': 'Instrument "{instrumentId}" has no item "{itemId}"',
  'response.duplicateAnswer': 'Item "{itemId}" is answered more than once',
  'response.answerKindMismatch': 'Item "{itemId}" takes a {expected} answer, not {found}',
  'response.notApplicableNotAllowed': 'Instrument "{instrumentId}" does not allow "not applicable"',
  'response.valueOffScale':
    '{value} is not a whole number on the instrument rating scale {min}–{max}',
  'response.perspectiveNotAllowed':
    'Instrument "{instrumentId}" is not answered from the {perspective} perspective',
  'response.submittedAtMismatch': 'A submitted response has submittedAt and a draft has none',
  'text.noLanguage': 'Give the text in at least one language',
  'text.empty': 'Text must not be empty',
  'text.forbiddenKey': '"__proto__" is not a language tag; it may not be used as a key',
  'text.tooManyLanguages': 'Give the text in at most {max} languages',
  'text.badLanguageTag': 'Expected a BCP 47 language tag such as "en" or "fr-CA"',
  'scale.levelsNotAscending': 'Level values must increase: {value} follows {previous}',
  'scale.unknownProficientLevel': "Proficient level {level} is not one of the scale's level values",
  'ratingScale.emptyRange': 'max ({max}) must be above min ({min})',
  'ratingScale.labelOutOfRange': 'Label for {value} lies outside {min}–{max}',
  'ratingRange.empty': 'min must be below max',
  'displayRule.emptyRange': 'atLeast must not exceed atMost',
  'response.outsideSchedule':
    'Submitted at {submittedAt}, outside the campaign schedule {opensAt} – {closesAt}',
  'intervention.overSeats': '{participants} participants for {seats} seats',
  'plan.currencyMismatch': 'Cost in {found}, but the plan budget is in {expected}',
  'plan.overBudget':
    'Interventions cost {total} {currency}, over the budget of {budget} {currency}',
  'roi.currencyMismatch': 'Amount in {found}, but the first ROI amount is in {expected}',
  'intervention.offeringCurrencyMismatch':
    'Cost in {found}, but offering "{offeringId}" is costed in {expected}',
  'prerequisites.cycle': '"{id}" would have to come before itself: {cycle}',
  'observation.levelMismatch':
    'A {instrument} observation measures Kirkpatrick level {expected}, not level {level}',
  'observation.emptyScale': 'scaleMax ({max}) must be above scaleMin ({min})',
  'observation.valueOutOfRange': '{value} lies outside the instrument scale {min}–{max}',
  'maturity.rootCount':
    'A maturity index needs exactly one root node (a node without parentId); it has {count}',
  'maturity.powerRequired': 'Node "{id}" aggregates by generalised mean, which needs a power',
  'maturity.emptyGoalposts': 'Goalpost low ({low}) must be below high ({high})',
  'maturity.duplicateValue':
    'Entity "{entityId}" has more than one value of indicator "{indicatorId}"; the first is at {firstPath}',
  'maturity.levelsNotAscending': 'Levels must go up by minScore: {value} follows {previous}',
  'validation.tooManyIssues':
    'and {count} more issues, not listed (at most {maxIssues} are reported; raise maxIssues to see more)',
  'knowledge.stageMismatch': 'The last history entry is "{last}", but the stage is "{stage}"',
} as const;

/** A code of capkit's own validation messages; see {@link issueMessages}. */
export type IssueCode = keyof typeof issueMessages;

/** Values that fill an issue message's placeholders. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders of a message template from `params`; unknown names stay as they are. */
export function formatIssueMessage(template: string, params: IssueParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
