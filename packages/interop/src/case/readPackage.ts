import {
  currentSchemaVersion,
  type Competency,
  type CompetencyFramework,
  type FrameworkArea,
  type FrameworkStatus,
  type ProficiencyLevel,
  type ProficiencyScale,
} from '@capkit/model';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { capkitExtensionKey, readCapkitExtension, readText } from './capkitExtension.js';
import type { CaseItem } from './schemas/item.js';
import type { CasePackage } from './schemas/package.js';
import type { CaseRubricCriterionLevel } from './schemas/rubric.js';

/** How {@link importCasePackage} reads a package into capkit's model. */
export interface CaseImportOptions {
  /**
   * The scale for competencies that no rubric criterion links to (and the framework's scale
   * when the package has no rubric). Without it, such competencies take the package's rubric
   * when it has exactly one; otherwise they are reported.
   */
  readonly scale?: ProficiencyScale;
  /** Language of texts whose item and document name none. @default 'en' */
  readonly language?: string;
  /**
   * Item types (`CFItemType` or the title of `CFItemTypeURI`, compared without case) that make
   * an item a framework area even when nothing is filed under it.
   * @default ['Area', 'Competency Area', 'Domain', 'Cluster', 'Strand', 'Category']
   */
  readonly areaItemTypes?: readonly string[];
  /** Issues listed before the importer stops looking. @default interopLimits.maxIssues (1000) */
  readonly maxIssues?: number;
}

/** Where each part of the framework came from in the package, by index. */
export interface PackageSources {
  readonly areas: ReadonlyMap<string, number>;
  readonly competencies: ReadonlyMap<string, number>;
  /** Item index → index of the `isChildOf` association that places it in capkit's tree. */
  readonly parentAssociations: ReadonlyMap<number, number>;
  /** Scale id → index of the rubric it was read from. */
  readonly scales: ReadonlyMap<string, number>;
  /** Paths (`CFRubrics[0]…`) of the levels of each scale, in the scale's order. */
  readonly levelPaths: ReadonlyMap<string, readonly (readonly PropertyKey[])[]>;
}

/** The framework as read, before capkit's model has checked it, with its sources. */
export interface PackageReading {
  readonly framework: CompetencyFramework;
  readonly sources: PackageSources;
  readonly issues: readonly InteropIssue[];
}

const defaultAreaItemTypes = ['Area', 'Competency Area', 'Domain', 'Cluster', 'Strand', 'Category'];

/** The capkit status an `adoptionStatus` stands for; capkit writes Draft, Adopted, Deprecated. */
export function statusOf(adoptionStatus: string | undefined): FrameworkStatus {
  if (adoptionStatus === undefined) return 'published';
  const status = adoptionStatus.trim().toLowerCase();
  if (['adopted', 'implemented', 'published'].includes(status)) return 'published';
  if (['deprecated', 'retired', 'superseded'].includes(status)) return 'retired';
  return 'draft';
}

/** The value a level stands for on capkit's scale: its `score`, else its `position`. */
export function levelValueOf(level: CaseRubricCriterionLevel): number | undefined {
  return level.score ?? level.position;
}

/** The proficient level capkit assumes when a rubric does not say: the upper middle one. */
export function defaultProficientLevel(levels: readonly ProficiencyLevel[]): number {
  return levels[Math.floor(levels.length / 2)]?.value ?? 0;
}

function key(identifier: string): string {
  return identifier.toLowerCase();
}

interface ScaleReading {
  readonly scale: ProficiencyScale;
  readonly paths: readonly (readonly PropertyKey[])[];
}

function readLevels(
  levels: readonly CaseRubricCriterionLevel[],
  path: readonly PropertyKey[],
  language: string,
  issues: InteropIssue[],
): { levels: ProficiencyLevel[]; paths: (readonly PropertyKey[])[] } {
  const read: { level: ProficiencyLevel; path: readonly PropertyKey[] }[] = [];
  levels.forEach((level, index) => {
    const value = levelValueOf(level);
    const levelPath = [...path, index];
    if (value === undefined) {
      issues.push(
        interopIssue(
          { path: [...levelPath, 'score'] },
          'case.levelWithoutValue',
          'A level needs a score (or a position) to be a step of a capkit proficiency scale',
        ),
      );
      return;
    }
    const capkit = readCapkitExtension(
      level.extensions?.find((entry) => Object.hasOwn(entry, capkitExtensionKey)),
    );
    read.push({
      level: {
        value,
        ...(capkit.code === undefined ? {} : { code: capkit.code }),
        label: readText(level.quality ?? `Level ${value}`, language, capkit.text?.['quality']),
        ...(level.description === undefined
          ? {}
          : { descriptor: readText(level.description, language, capkit.text?.['description']) }),
      },
      path: levelPath,
    });
  });
  read.sort((a, b) => a.level.value - b.level.value);
  return { levels: read.map((entry) => entry.level), paths: read.map((entry) => entry.path) };
}

function readScales(
  pkg: CasePackage,
  language: string,
  issues: InteropIssue[],
): { scales: ScaleReading[]; rubricOf: Map<string, number>; linkOf: Map<string, string> } {
  const scales: ScaleReading[] = [];
  const rubricOf = new Map<string, number>();
  const linkOf = new Map<string, string>();
  pkg.CFRubrics?.forEach((rubric, r) => {
    const criteria = rubric.CFRubricCriteria ?? [];
    const source = criteria.findIndex(
      (criterion) => (criterion.CFRubricCriterionLevels?.length ?? 0) > 0,
    );
    const sourceLevels = criteria[source]?.CFRubricCriterionLevels;
    // A rubric without levels cannot be a scale; it stays in the package as it is.
    if (sourceLevels === undefined) return;
    const capkit = readCapkitExtension(rubric.extensions);
    const { levels, paths } = readLevels(
      sourceLevels,
      ['CFRubrics', r, 'CFRubricCriteria', source, 'CFRubricCriterionLevels'],
      language,
      issues,
    );
    const id = capkit.id ?? rubric.identifier;
    scales.push({
      scale: {
        id,
        label: readText(
          rubric.title ?? rubric.description ?? 'Rubric',
          language,
          capkit.text?.['title'],
        ),
        levels,
        proficientLevel: capkit.proficientLevel ?? defaultProficientLevel(levels),
      },
      paths,
    });
    rubricOf.set(id, r);
    for (const criterion of criteria) {
      const item = criterion.CFItemURI?.identifier;
      if (item !== undefined && !linkOf.has(key(item))) linkOf.set(key(item), id);
    }
  });
  return { scales, rubricOf, linkOf };
}

function itemTypeOf(item: CaseItem): string | undefined {
  return (item.CFItemType ?? item.CFItemTypeURI?.title)?.trim().toLowerCase();
}

/**
 * Reads a valid package into capkit's shapes without checking them against the model; the
 * import and the lossless export share it, so the export knows what the import made of `base`.
 */
export function readPackage(pkg: CasePackage, options: CaseImportOptions = {}): PackageReading {
  const issues: InteropIssue[] = [];
  const doc = pkg.CFDocument;
  const docLanguage = doc.language ?? options.language ?? 'en';
  const items = pkg.CFItems ?? [];
  const itemIndex = new Map(items.map((item, index) => [key(item.identifier), index]));
  const docKey = key(doc.identifier);

  // The first isChildOf of an item that points at the document or another item places it.
  const parentAssociations = new Map<number, number>();
  const parentOf = new Map<number, number | 'document'>();
  const withChildren = new Set<number>();
  pkg.CFAssociations?.forEach((association, a) => {
    if (association.associationType !== 'isChildOf') return;
    const child = itemIndex.get(key(association.originNodeURI.identifier));
    const destination = key(association.destinationNodeURI.identifier);
    const parent = destination === docKey ? 'document' : itemIndex.get(destination);
    if (child === undefined || parent === undefined || parent === child) return;
    if (typeof parent === 'number') withChildren.add(parent);
    if (parentOf.has(child)) return;
    parentOf.set(child, parent);
    parentAssociations.set(child, a);
  });

  const areaTypes = new Set(
    (options.areaItemTypes ?? defaultAreaItemTypes).map((type) => type.toLowerCase()),
  );
  const isArea = (index: number, item: CaseItem): boolean =>
    withChildren.has(index) || areaTypes.has(itemTypeOf(item) ?? '');

  const { scales, rubricOf, linkOf } = readScales(pkg, docLanguage, issues);
  const allScales = scales.map((reading) => reading.scale);
  if (options.scale !== undefined && !allScales.some((scale) => scale.id === options.scale?.id)) {
    allScales.push(options.scale);
  }
  const fallbackScale =
    options.scale?.id ?? (scales.length === 1 ? scales[0]?.scale.id : undefined);
  if (allScales.length === 0) {
    issues.push(
      interopIssue(
        { path: ['CFRubrics'] },
        'case.noScale',
        'The package has no rubric with levels, and capkit needs a proficiency scale: pass options.scale',
      ),
    );
  }

  const idOf = (item: CaseItem): string =>
    readCapkitExtension(item.extensions).id ?? item.identifier;
  const areas: FrameworkArea[] = [];
  const competencies: Competency[] = [];
  const areaSources = new Map<string, number>();
  const competencySources = new Map<string, number>();
  items.forEach((item, index) => {
    const capkit = readCapkitExtension(item.extensions);
    const language = item.language ?? docLanguage;
    const text = (field: 'fullStatement' | 'abbreviatedStatement', value: string) =>
      readText(value, language, capkit.text?.[field]);
    const parent = parentOf.get(index);
    const parentItem = typeof parent === 'number' ? items[parent] : undefined;
    const parentId = parentItem === undefined ? undefined : idOf(parentItem);
    const id = idOf(item);
    const code = item.humanCodingScheme ?? item.identifier;
    if (isArea(index, item)) {
      const abbreviated = item.abbreviatedStatement;
      areas.push({
        id,
        code,
        label:
          abbreviated === undefined
            ? text('fullStatement', item.fullStatement)
            : text('abbreviatedStatement', abbreviated),
        ...(abbreviated === undefined
          ? {}
          : { description: text('fullStatement', item.fullStatement) }),
        ...(parentId === undefined ? {} : { parentId }),
      });
      areaSources.set(id, index);
      return;
    }
    const scaleId = linkOf.get(key(item.identifier)) ?? fallbackScale;
    if (scaleId === undefined && allScales.length > 0) {
      issues.push(
        interopIssue(
          { path: ['CFItems', index] },
          'case.noScaleForItem',
          'No rubric criterion links to this competency and the package has several rubrics: pass options.scale',
        ),
      );
    }
    competencies.push({
      id,
      code,
      label: text(
        item.abbreviatedStatement === undefined ? 'fullStatement' : 'abbreviatedStatement',
        item.abbreviatedStatement ?? item.fullStatement,
      ),
      statement: text('fullStatement', item.fullStatement),
      scaleId: scaleId ?? '',
      ...(parentId === undefined ? {} : { areaId: parentId }),
    });
    competencySources.set(id, index);
  });

  const capkit = readCapkitExtension(doc.extensions);
  const framework: CompetencyFramework = {
    schemaVersion: currentSchemaVersion,
    kind: 'competencyFramework',
    id: capkit.id ?? doc.identifier,
    version: doc.version ?? doc.lastChangeDateTime.slice(0, 10),
    status: statusOf(doc.adoptionStatus),
    title: readText(doc.title, docLanguage, capkit.text?.['title']),
    ...(doc.description === undefined
      ? {}
      : { description: readText(doc.description, docLanguage, capkit.text?.['description']) }),
    ...(doc.publisher === undefined ? {} : { publisher: doc.publisher }),
    ...(doc.statusStartDate === undefined ? {} : { publishedOn: doc.statusStartDate }),
    scales: allScales,
    areas,
    competencies,
  };
  return {
    framework,
    sources: {
      areas: areaSources,
      competencies: competencySources,
      parentAssociations,
      scales: rubricOf,
      levelPaths: new Map(scales.map((reading) => [reading.scale.id, reading.paths])),
    },
    issues,
  };
}
