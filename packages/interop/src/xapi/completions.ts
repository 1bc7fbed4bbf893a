import type { CapacityDevelopmentPlan, Intervention, Workspace } from '@capkit/model';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { interopLimits } from '../shared/limits.js';
import type { XapiVersion } from './primitives.js';
import type { XapiStatement } from './statement.js';
import { checkStatementAt } from './validate.js';
import { capkitIris, xapiVerbs } from './vocabulary.js';

/** How to read completion statements back into capkit. */
export interface CompletionImportOptions {
  /** Home page of the accounts whose names are capkit's person ids (as when exporting). */
  readonly homePage: string;
  /** Base IRI of capkit's activities and extensions (as when exporting). */
  readonly activityBase: string;
  /** @default 'auto' (each statement's own `version`; 2.0 when it has none) */
  readonly version?: XapiVersion | 'auto';
  /**
   * The intervention an activity of another system stands for (an LMS course IRI…), for
   * statements capkit did not build; return `undefined` when it is none.
   */
  readonly interventionForActivity?: (activityId: string) => string | undefined;
  /** The person id for an actor capkit's account convention does not cover. */
  readonly personForActor?: (actor: XapiStatement['actor']) => string | undefined;
  /**
   * Completions taken in by earlier imports (their `applied`), so that a statement read again
   * from the LRS is not counted twice.
   */
  readonly alreadyApplied?: readonly Pick<AppliedCompletion, 'interventionId' | 'personId'>[];
  /** Verbs that mean "completed". @default completed and passed (ADL) */
  readonly completionVerbs?: readonly string[];
}

/** One completion taken in. */
export interface AppliedCompletion {
  readonly planId: string;
  readonly interventionId: string;
  readonly personId: string;
  /** The statement's id, when it had one. */
  readonly statementId?: string;
  /** The statement's timestamp, when it had one. */
  readonly completedAt?: string;
}

/** A statement that changed nothing, and why. */
export interface UnappliedStatement {
  /** Position of the statement in the batch. */
  readonly index: number;
  /** Why, located in the batch (`[4].object.id`). */
  readonly issues: readonly InteropIssue[];
}

/** What {@link applyCompletions} did. */
export interface CompletionImport<T> {
  /** A copy of the input with participants added and statuses moved on; the input is untouched. */
  readonly data: T;
  /** Each (intervention, person) completion once, in the order first seen. */
  readonly applied: readonly AppliedCompletion[];
  /** Statements that did not apply: invalid, not completions, unknown people or activities, voided, repeated. */
  readonly notApplied: readonly UnappliedStatement[];
}

function isWorkspace(target: CapacityDevelopmentPlan | Workspace): target is Workspace {
  return 'kind' in target;
}

type Located =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly issue: InteropIssue };

function interventionIdOf(
  statement: XapiStatement,
  index: number,
  options: CompletionImportOptions,
): Located {
  const iris = capkitIris(options.activityBase);
  const fromExtension = statement.context?.extensions?.[iris.extensions.intervention];
  if (typeof fromExtension === 'string') return { ok: true, value: fromExtension };
  const object = statement.object;
  if (object.objectType !== undefined && object.objectType !== 'Activity') {
    return {
      ok: false,
      issue: interopIssue(
        { path: [index, 'object', 'objectType'] },
        'xapi.completionObjectNotActivity',
        'A completion is of an Activity',
      ),
    };
  }
  const activityId = (object as { id: string }).id;
  if (activityId.startsWith(iris.interventionPrefix)) {
    const rest = activityId.slice(iris.interventionPrefix.length);
    try {
      return { ok: true, value: decodeURIComponent(rest) };
    } catch {
      // A malformed percent-escape is an unknown activity, reported below.
    }
  }
  const mapped = options.interventionForActivity?.(activityId);
  if (mapped !== undefined) return { ok: true, value: mapped };
  return {
    ok: false,
    issue: interopIssue(
      { path: [index, 'object', 'id'] },
      'xapi.unknownActivity',
      `Activity ${activityId} is not an intervention capkit knows`,
    ),
  };
}

function personIdOf(
  statement: XapiStatement,
  index: number,
  options: CompletionImportOptions,
): Located {
  const actor = statement.actor;
  const sameHome = (homePage: string) =>
    homePage.replace(/\/$/, '') === options.homePage.replace(/\/$/, '');
  if (
    actor.objectType !== 'Group' &&
    actor.account !== undefined &&
    sameHome(actor.account.homePage)
  ) {
    return { ok: true, value: actor.account.name };
  }
  const mapped = options.personForActor?.(actor);
  if (mapped !== undefined) return { ok: true, value: mapped };
  return {
    ok: false,
    issue: interopIssue(
      { path: [index, 'actor'] },
      'xapi.unknownActor',
      actor.objectType === 'Group'
        ? 'A completion is by one person, not a Group'
        : `The actor is not an account on ${options.homePage}, and no personForActor was given`,
    ),
  };
}

function isCompletion(statement: XapiStatement, verbs: readonly string[]): boolean {
  if (statement.result?.completion === false) return false;
  return verbs.includes(statement.verb.id) || statement.result?.completion === true;
}

/**
 * Reads completion statements (a batch as an LRS returns it) into a plan or a workspace's
 * plans: the person is added to the intervention's participants (within its seats) and a
 * planned intervention becomes in progress. An intervention is found by capkit's intervention
 * extension, by its activity id under `activityBase`, or by `interventionForActivity`; the
 * person by the actor's account on `homePage` or by `personForActor`. Statements voided in the
 * same batch are not counted; the same completion twice counts once. Never throws.
 */
export function applyCompletions<T extends CapacityDevelopmentPlan | Workspace>(
  target: T,
  statements: unknown,
  options: CompletionImportOptions,
): CompletionImport<T> {
  const notApplied: UnappliedStatement[] = [];
  if (!Array.isArray(statements) || statements.length > interopLimits.maxDocumentEntries) {
    return {
      data: structuredClone(target),
      applied: [],
      notApplied: [
        {
          index: -1,
          issues: [
            interopIssue(
              {},
              Array.isArray(statements) ? 'xapi.tooManyStatements' : 'xapi.notArray',
              Array.isArray(statements)
                ? `A batch holds at most ${interopLimits.maxDocumentEntries} statements`
                : 'Expected an array of statements',
            ),
          ],
        },
      ],
    };
  }
  const verbs = options.completionVerbs ?? [xapiVerbs.completed, xapiVerbs.passed];
  const valid: { index: number; statement: XapiStatement }[] = [];
  for (const [index, input] of (statements as unknown[]).entries()) {
    const result = checkStatementAt(input, [index], options.version ?? 'auto');
    if (result.success) valid.push({ index, statement: result.data });
    else notApplied.push({ index, issues: result.issues });
  }
  const voided = new Set(
    valid
      .filter(
        ({ statement }) =>
          statement.verb.id === xapiVerbs.voided && statement.object.objectType === 'StatementRef',
      )
      .map(({ statement }) => (statement.object as { id: string }).id.toLowerCase()),
  );

  const data = structuredClone(target);
  const plans: CapacityDevelopmentPlan[] = isWorkspace(data) ? data.plans : [data];
  const people = isWorkspace(target)
    ? new Set(target.people.map((person) => person.id))
    : undefined;
  const interventions = new Map<
    string,
    { plan: CapacityDevelopmentPlan; intervention: Intervention }
  >();
  for (const plan of plans)
    for (const intervention of plan.interventions)
      interventions.set(intervention.id, { plan, intervention });

  const applied: AppliedCompletion[] = [];
  const counted = new Set(
    (options.alreadyApplied ?? []).map((done) =>
      JSON.stringify([done.interventionId, done.personId]),
    ),
  );
  const reject = (index: number, issue: InteropIssue) =>
    notApplied.push({ index, issues: [issue] });

  for (const { index, statement } of valid) {
    if (statement.verb.id === xapiVerbs.voided) continue;
    if (statement.id !== undefined && voided.has(statement.id.toLowerCase())) {
      reject(
        index,
        interopIssue(
          { path: [index, 'id'] },
          'xapi.completionVoided',
          'This statement is voided by another statement of the batch',
        ),
      );
      continue;
    }
    if (!isCompletion(statement, verbs)) {
      reject(
        index,
        interopIssue(
          { path: [index, 'verb', 'id'] },
          'xapi.notCompletion',
          `Verb ${statement.verb.id} does not record a completion`,
        ),
      );
      continue;
    }
    const interventionId = interventionIdOf(statement, index, options);
    if (!interventionId.ok) {
      reject(index, interventionId.issue);
      continue;
    }
    const personId = personIdOf(statement, index, options);
    if (!personId.ok) {
      reject(index, personId.issue);
      continue;
    }
    const found = interventions.get(interventionId.value);
    if (found === undefined) {
      reject(
        index,
        interopIssue(
          { path: [index, 'object', 'id'] },
          'xapi.unknownIntervention',
          `No plan has intervention ${interventionId.value}`,
        ),
      );
      continue;
    }
    if (people !== undefined && !people.has(personId.value)) {
      reject(
        index,
        interopIssue(
          { path: [index, 'actor'] },
          'xapi.unknownPerson',
          `The workspace has no person ${personId.value}`,
        ),
      );
      continue;
    }
    const { plan, intervention } = found;
    if (intervention.status === 'cancelled') {
      reject(
        index,
        interopIssue(
          { path: [index, 'object', 'id'] },
          'xapi.interventionCancelled',
          `Intervention ${intervention.id} is cancelled`,
        ),
      );
      continue;
    }
    const key = JSON.stringify([intervention.id, personId.value]);
    if (counted.has(key)) {
      reject(
        index,
        interopIssue(
          { path: [index] },
          'xapi.completionAlreadyCounted',
          `${personId.value}'s completion of ${intervention.id} is already counted`,
        ),
      );
      continue;
    }
    const participants = intervention.participantIds ?? [];
    if (!participants.includes(personId.value)) {
      if (participants.length >= intervention.seats) {
        reject(
          index,
          interopIssue(
            { path: [index, 'actor'] },
            'xapi.noSeatLeft',
            `Intervention ${intervention.id} has no seat left for ${personId.value} (${intervention.seats} seats)`,
          ),
        );
        continue;
      }
      intervention.participantIds = [...participants, personId.value];
    }
    if (intervention.status === 'planned') intervention.status = 'inProgress';
    counted.add(key);
    applied.push({
      planId: plan.id,
      interventionId: intervention.id,
      personId: personId.value,
      ...(statement.id === undefined ? {} : { statementId: statement.id }),
      ...(statement.timestamp === undefined ? {} : { completedAt: statement.timestamp }),
    });
  }
  notApplied.sort((a, b) => a.index - b.index);
  return { data, applied, notApplied };
}
