import type { CompetencyFramework, FrameworkStatus } from '@capkit/model';
import { writeCapkitEntry, writeText, type Extensible } from './capkitExtension.js';
import { jsonEqual } from './deepEqual.js';
import { mintIdentifier, type ExportContext } from './exportContext.js';
import { exportItems } from './exportItems.js';
import { exportRubrics } from './exportRubrics.js';
import { importCasePackage } from './importPackage.js';
import { readPackage, statusOf, type CaseImportOptions } from './readPackage.js';
import type { CaseItemType } from './schemas/definitions.js';
import type { CaseDocument } from './schemas/document.js';
import type { CaseLinkUri } from './schemas/primitives.js';
import type { CasePackage } from './schemas/package.js';

interface CommonExportOptions {
  /** Prefix of the `uri` of new objects (`https://case.example.gov/uri/`). @default 'urn:uuid:' */
  readonly uriBase?: string;
  /** Language CASE's one-language fields are written in. @default the first of the title's */
  readonly language?: string;
  /** `creator` of a new document. @default the framework's publisher, else 'capkit' */
  readonly creator?: string;
}

/**
 * Options of {@link exportCasePackage}. With `base` (the `casePackage` an import gave), the
 * export changes only what the framework changed; without it, `lastChangeDateTime` stamps the
 * new package, since capkit reads no clock.
 */
export type CaseExportOptions = CommonExportOptions &
  (
    | {
        /** The package the framework was imported from. */
        readonly base: CasePackage;
        /** The options that import was given, so the export sees what it saw. */
        readonly importOptions?: CaseImportOptions;
        /** `lastChangeDateTime` of what is new or changed; changed objects keep theirs without it. */
        readonly lastChangeDateTime?: string;
      }
    | {
        readonly base?: undefined;
        readonly importOptions?: undefined;
        /** `lastChangeDateTime` of every object of the new package. */
        readonly lastChangeDateTime: string;
      }
  );

// The two item types of a new package, so that CASE tools show what kind each item is.
function itemTypeDefinitions(
  frameworkId: string,
  stamp: string,
  uriBase: string | undefined,
): { readonly area: CaseItemType; readonly competency: CaseItemType } {
  const definition = (title: string, description: string, hierarchyCode: string) => {
    const identifier = mintIdentifier(frameworkId, 'itemType', title);
    return {
      identifier,
      uri: `${uriBase ?? 'urn:uuid:'}${identifier}`,
      title,
      description,
      hierarchyCode,
      typeCode: title.toLowerCase(),
      lastChangeDateTime: stamp,
    };
  };
  return {
    area: definition('Area', 'A grouping of competencies; areas may nest.', '1'),
    competency: definition('Competency', 'Something a person can do, rated on a rubric.', '2'),
  };
}

function linkOfDefinition(definition: CaseItemType): CaseLinkUri {
  return { title: definition.title, identifier: definition.identifier, uri: definition.uri };
}

const adoptionStatus: Readonly<Record<FrameworkStatus, string>> = {
  draft: 'Draft',
  published: 'Adopted',
  retired: 'Deprecated',
};

function writeDocument(
  context: ExportContext,
  document: CaseDocument,
  before: CompetencyFramework | undefined,
): boolean {
  const { framework } = context;
  const target = document as unknown as Extensible;
  const changed = (field: keyof CompetencyFramework) =>
    before === undefined || !jsonEqual(before[field], framework[field]);
  let any = false;
  if (changed('title')) writeText(target, 'title', framework.title, context.language);
  if (changed('description')) {
    writeText(target, 'description', framework.description, context.language);
  }
  const plain = [
    ['publisher', 'publisher'],
    ['publishedOn', 'statusStartDate'],
    ['version', 'version'],
  ] as const;
  for (const [field, caseField] of plain) {
    if (!changed(field)) continue;
    const value = framework[field];
    if (value === undefined) Reflect.deleteProperty(document, caseField);
    else document[caseField] = value;
  }
  if (changed('status') && statusOf(document.adoptionStatus) !== framework.status) {
    document.adoptionStatus = adoptionStatus[framework.status];
  }
  for (const field of [
    'title',
    'description',
    'publisher',
    'publishedOn',
    'version',
    'status',
  ] as const) {
    any ||= changed(field);
  }
  return any;
}

/**
 * Exports a capkit framework (valid by `validateCompetencyFramework`) as a CASE 1.1 package.
 *
 * With `base`, the package it was imported from, the export is lossless: what the framework
 * did not change comes back exactly as it was — rubrics whose criteria link to no item,
 * association groupings no association uses, crosswalk associations, definitions, unknown
 * extension fields, every `lastChangeDateTime`, the order of every list — so an unchanged
 * framework re-exports deep-equal to the original. Changed objects are patched field by field,
 * removed ones dropped with their associations, new ones appended.
 *
 * Without `base`, a new package: areas become items of type `Area`, competencies items of type
 * `Competency` filed with `isChildOf`, each scale a rubric with one criterion per competency
 * rated on it (or one criterion linked to no item when none is). Identifiers are deterministic:
 * a capkit id that is a UUID is used as it is; any other becomes the v5 UUID (RFC 9562) of
 * `<frameworkId>:<kind>:<id>` in the namespace `capkitCaseNamespace`, and the capkit id is kept
 * in `extensions.capkit.id` so that an import gives it back. Texts in more than one language
 * keep the others under `extensions.capkit.text`.
 */
export function exportCasePackage(
  framework: CompetencyFramework,
  options: CaseExportOptions,
): CasePackage {
  const base = options.base === undefined ? undefined : structuredClone(options.base);
  // What importing the base gave. When the base no longer imports (say, it was imported with
  // a scale that is not passed again), the raw reading still says where everything came from,
  // so the export patches instead of dropping and re-creating every item.
  const reading = base === undefined ? undefined : readPackage(base, options.importOptions);
  const imported = base === undefined ? undefined : importCasePackage(base, options.importOptions);
  const derived =
    reading === undefined
      ? undefined
      : {
          framework: imported?.success === true ? imported.data.framework : reading.framework,
          sources: reading.sources,
        };
  const language =
    base?.CFDocument.language ??
    options.importOptions?.language ??
    options.language ??
    Object.keys(framework.title)[0] ??
    'en';
  const stamp = options.lastChangeDateTime ?? base?.CFDocument.lastChangeDateTime ?? '';
  const identifiers = new Map<string, string>();
  const itemTypes =
    base === undefined ? itemTypeDefinitions(framework.id, stamp, options.uriBase) : undefined;
  const context: ExportContext = {
    framework,
    derived,
    stamp,
    restamp: options.lastChangeDateTime,
    language,
    itemTypes:
      itemTypes === undefined
        ? undefined
        : {
            area: linkOfDefinition(itemTypes.area),
            competency: linkOfDefinition(itemTypes.competency),
          },
    uriOf: (identifier) => `${options.uriBase ?? 'urn:uuid:'}${identifier}`,
    identifierOf: (kind, id) => {
      const known = identifiers.get(`${kind}:${id}`);
      if (known !== undefined) return known;
      const sources = derived?.sources;
      const index =
        kind === 'area'
          ? sources?.areas.get(id)
          : kind === 'competency'
            ? sources?.competencies.get(id)
            : sources?.scales.get(id);
      const source =
        index === undefined
          ? undefined
          : kind === 'scale'
            ? base?.CFRubrics?.[index]?.identifier
            : base?.CFItems?.[index]?.identifier;
      const identifier = source ?? mintIdentifier(framework.id, kind, id);
      identifiers.set(`${kind}:${id}`, identifier);
      return identifier;
    },
  };

  const documentIdentifier =
    base?.CFDocument.identifier ?? mintIdentifier(framework.id, 'framework', framework.id);
  const document: CaseDocument = base?.CFDocument ?? {
    identifier: documentIdentifier,
    uri: context.uriOf(documentIdentifier),
    caseVersion: '1.1',
    creator: options.creator ?? framework.publisher ?? 'capkit',
    title: '',
    lastChangeDateTime: stamp,
    language,
  };
  if (
    writeDocument(context, document, derived?.framework) &&
    base !== undefined &&
    context.restamp !== undefined
  ) {
    document.lastChangeDateTime = context.restamp;
  }
  if (base === undefined && documentIdentifier !== framework.id) {
    writeCapkitEntry(document as unknown as Extensible, 'id', framework.id);
  }

  const rubrics = exportRubrics(context, base?.CFRubrics ?? []);
  const {
    items,
    associations,
    rubrics: linked,
  } = exportItems(context, document, {
    items: base?.CFItems ?? [],
    associations: base?.CFAssociations ?? [],
    rubrics,
  });
  const result: CasePackage = { ...(base ?? {}), CFDocument: document };
  if (base?.CFItems !== undefined || items.length > 0 || base === undefined) result.CFItems = items;
  if (base?.CFAssociations !== undefined || associations.length > 0 || base === undefined) {
    result.CFAssociations = associations;
  }
  if (itemTypes !== undefined) {
    result.CFDefinitions = { CFItemTypes: [itemTypes.area, itemTypes.competency] };
  }
  if (base?.CFRubrics !== undefined || linked.length > 0 || base === undefined)
    result.CFRubrics = linked;
  return result;
}
