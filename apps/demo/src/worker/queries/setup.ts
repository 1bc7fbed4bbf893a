// The setup area's reads and changes of the workspace, run in the worker. Names start "setup.".
import { columnMappingSchema } from '@capkit/interop/csv';
import {
  resolveLocalizedText,
  validateWorkspace,
  type CompetencyFramework,
  type Workspace,
} from '@capkit/model';
import { digitalGovernmentFramework } from '@capkit/model/reference';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError } from '../contract.js';
import {
  frameworkClashes,
  frameworkFileFormats,
  maxFrameworkFileCharacters,
  previewFrameworkFile,
  readFrameworkFile,
  type FrameworkFileOutcome,
  type FrameworkSummary,
} from './setupImport.js';

const localeArg = z.string().max(35);
const dayArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const fileArgs = {
  format: z.enum(frameworkFileFormats),
  text: z.string().max(maxFrameworkFileCharacters),
  fileName: z.string().max(300),
  mapping: columnMappingSchema.optional(),
};

const sameRef = (framework: CompetencyFramework, ref: { frameworkId: string; version: string }) =>
  framework.id === ref.frameworkId && framework.version === ref.version;

/** Who uses a framework version: the roles whose required levels and the instruments whose items name its competencies. */
function usesOf(workspace: Workspace, framework: CompetencyFramework) {
  return {
    roles: workspace.roles.filter((role) => sameRef(framework, role.framework)).length,
    instruments: workspace.instruments.filter((instrument) =>
      sameRef(framework, instrument.framework),
    ).length,
  };
}

function summaryOf(framework: CompetencyFramework, locale: string): FrameworkSummary {
  return {
    id: framework.id,
    version: framework.version,
    title: resolveLocalizedText(framework.title, [locale]).text,
    areas: framework.areas.length,
    competencies: framework.competencies.length,
  };
}

/** Today's memberships: begun on or before `asOf`, not yet ended. */
const currentOn = (workspace: Workspace, asOf: string) =>
  workspace.memberships.filter(
    (membership) =>
      membership.from <= asOf && (membership.to === undefined || membership.to >= asOf),
  );

export const queries = {
  /** The set-up page's numbers: the organisation, and each framework with who uses it. */
  'setup.overview': defineQuery({
    args: z.strictObject({ locale: localeArg }),
    run: (workspace, { locale }) => ({
      people: workspace.people.length,
      units: workspace.units.length,
      roles: workspace.roles.length,
      frameworks: workspace.frameworks.map((framework) => ({
        ...summaryOf(framework, locale),
        status: framework.status,
        reference: framework.id === digitalGovernmentFramework.id,
        ...usesOf(workspace, framework),
      })),
      referenceInWorkspace: workspace.frameworks.some(
        (framework) =>
          framework.id === digitalGovernmentFramework.id &&
          framework.version === digitalGovernmentFramework.version,
      ),
    }),
  }),
  /** One framework version, whole (a few hundred competencies at most), for FrameworkBrowser. */
  'setup.framework': defineQuery({
    args: z.strictObject({ frameworkId: z.string().max(200), version: z.string().max(200) }),
    run: (workspace, { frameworkId, version }) => {
      const framework = workspace.frameworks.find((candidate) =>
        sameRef(candidate, { frameworkId, version }),
      );
      if (framework === undefined)
        throw new DemoError(`The workspace has no framework "${frameworkId}" version ${version}.`);
      return { framework, ...usesOf(workspace, framework) };
    },
  }),
  /**
   * What OrganisationBrowser needs, narrowed to `asOf`: every unit and role, today's memberships
   * only, the names of the people in them, and the frameworks the roles name.
   */
  'setup.organisation': defineQuery({
    args: z.strictObject({ asOf: dayArg }),
    run: (workspace, { asOf }) => {
      const memberships = currentOn(workspace, asOf);
      const members = new Set(memberships.map((membership) => membership.personId));
      const named = new Set(
        workspace.roles.map(
          (role) => `${role.framework.frameworkId}\u0000${role.framework.version}`,
        ),
      );
      return {
        units: workspace.units,
        roles: workspace.roles,
        memberships,
        personalData: (workspace.personalData ?? [])
          .filter((entry) => members.has(entry.personId))
          .map(({ personId, name }) => ({ personId, name })),
        frameworks: workspace.frameworks.filter((framework) =>
          named.has(`${framework.id}\u0000${framework.version}`),
        ),
        people: workspace.people.length,
        current: members.size,
      };
    },
  }),
  /** A framework file's headers, first rows and suggested mapping, for DataImport's mapping step. */
  'setup.previewFrameworkFile': defineQuery({
    args: z.strictObject({ format: fileArgs.format, text: fileArgs.text }),
    run: (_workspace, { format, text }) => previewFrameworkFile(format, text),
  }),
  /** What importing the file would add, or its located problems; changes nothing. */
  'setup.checkFrameworkFile': defineQuery({
    args: z.strictObject({ ...fileArgs, locale: localeArg }),
    run: (workspace, { format, text, fileName, mapping, locale }): FrameworkFileOutcome => {
      const read = readFrameworkFile(format, text, { fileName, mapping });
      if (!read.success) return read;
      const clashes = frameworkClashes(workspace, read.framework);
      if (clashes.length > 0) return { success: false, issues: clashes, rowsRead: read.rowsRead };
      return {
        success: true,
        data: summaryOf(read.framework, locale),
        rowsRead: read.rowsRead,
        rowsImported: read.framework.areas.length + read.framework.competencies.length,
        rowsRejected: 0,
        issues: [],
      };
    },
  }),
};

export const mutations = {
  /**
   * Adds the file's framework to the workspace, beside the others: the questionnaire and the
   * role profiles keep the framework they name, so nothing that uses one changes. A bad file,
   * or a version the workspace already has, changes nothing and says where.
   */
  'setup.importFramework': defineMutation({
    args: z.strictObject({ ...fileArgs, locale: localeArg }),
    run: (workspace, { format, text, fileName, mapping, locale }) => {
      const read = readFrameworkFile(format, text, { fileName, mapping });
      if (!read.success)
        throw new DemoError('The file has problems; nothing was imported.', toIssues(read.issues));
      const clashes = frameworkClashes(workspace, read.framework);
      if (clashes.length > 0) throw new DemoError('Nothing was imported.', toIssues(clashes));
      const next: Workspace = {
        ...workspace,
        frameworks: [...workspace.frameworks, read.framework],
      };
      const checked = validateWorkspace(next);
      if (!checked.success)
        throw new DemoError(
          'The framework would leave the workspace invalid; nothing was imported.',
          checked.issues,
        );
      return {
        workspace: checked.data,
        validated: true,
        result: summaryOf(read.framework, locale),
      };
    },
  }),
  /** Puts the reference framework back (a workspace imported without it), beside the others. */
  'setup.addReferenceFramework': defineMutation({
    args: z.strictObject({}),
    run: (workspace) => {
      if (frameworkClashes(workspace, digitalGovernmentFramework).length > 0)
        return { workspace, result: false };
      return {
        workspace: {
          ...workspace,
          frameworks: [...workspace.frameworks, digitalGovernmentFramework],
        },
        result: true,
      };
    },
  }),
};

// The model's issue shape: a path, a code, a message (the row and column said in the message).
function toIssues(
  issues: readonly { message: string; code: string; row?: number; column?: string }[],
) {
  return issues.map((issue) => ({
    path: issue.column ?? '',
    code: issue.code,
    message: issue.row === undefined ? issue.message : `Row ${issue.row}: ${issue.message}`,
  }));
}
