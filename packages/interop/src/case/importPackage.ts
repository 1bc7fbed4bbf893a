import { validateCompetencyFramework, type CompetencyFramework } from '@capkit/model';
import { InteropError, interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { readPackage, type CaseImportOptions, type PackageSources } from './readPackage.js';
import type { CasePackage } from './schemas/package.js';
import { issueCap, validateCasePackage } from './validate.js';

/** What {@link importCasePackage} gives back. */
export interface CaseImport {
  /** The framework, checked by `validateCompetencyFramework`. */
  readonly framework: CompetencyFramework;
  /**
   * The package exactly as it came in (a deep copy). It keeps what capkit's model cannot hold
   * — associations other than the tree, definitions, rubric criteria, extensions, every
   * `lastChangeDateTime` — and is the `base` that makes {@link exportCasePackage} lossless.
   */
  readonly casePackage: CasePackage;
}

/** Outcome of {@link importCasePackage}. */
export type CaseImportResult =
  | { readonly success: true; readonly data: CaseImport }
  | { readonly success: false; readonly issues: readonly InteropIssue[] };

const competencyFields: Readonly<Record<string, string>> = {
  code: 'humanCodingScheme',
  label: 'fullStatement',
  statement: 'fullStatement',
  description: 'fullStatement',
};
const levelFields: Readonly<Record<string, string>> = {
  value: 'score',
  label: 'quality',
  descriptor: 'description',
  code: 'extensions',
};
const documentFields: Readonly<Record<string, string>> = {
  id: 'identifier',
  version: 'version',
  title: 'title',
  description: 'description',
  publisher: 'publisher',
  publishedOn: 'statusStartDate',
};

// A model issue (`competencies[3].label.en`) said at the place in the package it came from
// (`CFItems[7].fullStatement`), so the person fixing the package finds it.
function locate(
  issue: { readonly path: string; readonly code: string; readonly message: string },
  framework: CompetencyFramework,
  sources: PackageSources,
): InteropIssue {
  const match =
    /^(areas|competencies|scales)\[(\d+)\](?:\.levels\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(
      issue.path,
    );
  let path: readonly PropertyKey[] = ['CFDocument'];
  if (match === null) {
    const field = /^([A-Za-z]+)/.exec(issue.path)?.[1];
    const mapped = field === undefined ? undefined : documentFields[field];
    if (mapped !== undefined) path = ['CFDocument', mapped];
  } else {
    const [, list, indexText, levelText, field] = match;
    const index = Number(indexText);
    if (list === 'scales') {
      const scale = framework.scales[index];
      const rubric = scale === undefined ? undefined : sources.scales.get(scale.id);
      const levelPath =
        scale === undefined || levelText === undefined
          ? undefined
          : sources.levelPaths.get(scale.id)?.[Number(levelText)];
      if (levelPath !== undefined) {
        const mapped = field === undefined ? undefined : levelFields[field];
        path = mapped === undefined ? levelPath : [...levelPath, mapped];
      } else if (rubric !== undefined) path = ['CFRubrics', rubric];
      else path = ['options', 'scale'];
    } else {
      const entity = list === 'areas' ? framework.areas[index] : framework.competencies[index];
      const sourceMap = list === 'areas' ? sources.areas : sources.competencies;
      const item = entity === undefined ? undefined : sourceMap.get(entity.id);
      if (item !== undefined) {
        const mapped = field === undefined ? undefined : competencyFields[field];
        path = mapped === undefined ? ['CFItems', item] : ['CFItems', item, mapped];
      }
    }
  }
  return interopIssue(
    { path },
    issue.code,
    `${issue.message} (capkit: ${issue.path || 'framework'})`,
  );
}

/**
 * Imports a CASE 1.1 package (parsed JSON or JSON text) as a capkit competency framework.
 *
 * - `CFDocument` → the framework: `identifier` → `id`, `title`, `description`, `publisher`,
 *   `version` (else the date of `lastChangeDateTime`), `adoptionStatus` → `status` (Adopted
 *   → published, Deprecated → retired, anything else → draft; absent → published),
 *   `statusStartDate` → `publishedOn`.
 * - `CFItems` → areas and competencies. An item that another item `isChildOf`, or whose item
 *   type is one of `options.areaItemTypes`, is an area; the others are competencies. The first
 *   `isChildOf` of an item gives its `parentId` / `areaId`. `humanCodingScheme` → `code` (else
 *   the identifier), `abbreviatedStatement` → `label`, `fullStatement` → `statement` (areas:
 *   the statement is the label, or the description when there is a short statement).
 * - `CFRubrics` → proficiency scales: a rubric's levels are those of its first criterion with
 *   levels, valued by `score` (else `position`), labelled by `quality`, described by
 *   `description`. A competency is rated on the rubric whose criterion links to it
 *   (`CFItemURI`); unlinked competencies take `options.scale`, else the only rubric. With no
 *   rubric and no `options.scale` the import fails with an issue at `CFRubrics`.
 * - Ids: a CASE identifier is a valid capkit id and is used as it is (capkit's own ids travel
 *   in `extensions.capkit.id`).
 *
 * Never throws for bad input: every problem is an issue located in the package
 * (`CFItems[3].fullStatement`), capkit's model rules included.
 */
export function importCasePackage(
  input: unknown,
  options: CaseImportOptions = {},
): CaseImportResult {
  const maxIssues = issueCap(options.maxIssues);
  const validated = validateCasePackage(input, { maxIssues });
  if (!validated.success) return validated;
  const reading = readPackage(validated.data, options);
  if (reading.issues.length > 0) {
    return { success: false, issues: reading.issues.slice(0, maxIssues) };
  }
  const checked = validateCompetencyFramework(reading.framework, { maxIssues });
  if (!checked.success) {
    return {
      success: false,
      issues: checked.issues.map((issue) =>
        issue.code === 'validation.tooManyIssues'
          ? issue
          : locate(issue, reading.framework, reading.sources),
      ),
    };
  }
  return { success: true, data: { framework: checked.data, casePackage: validated.data } };
}

/**
 * {@link importCasePackage} for callers who want the value: throws an {@link InteropError}
 * carrying every issue when the package cannot be imported.
 */
export function importCasePackageOrThrow(
  input: unknown,
  options: CaseImportOptions = {},
): CaseImport {
  const result = importCasePackage(input, options);
  if (!result.success) throw new InteropError('The CASE package cannot be imported', result.issues);
  return result.data;
}
