import { resolveLocalizedText, validateWorkspace } from '@capkit/model';
import { z } from 'zod';
import { defineMutation, defineQuery, DemoError } from '../contract.js';
import { demoSampleWorkspace } from '../demoSample.js';

// A workspace file may be large (the sample ministry is about 25 MB); beyond this it is refused
// before it is parsed.
export const maxWorkspaceFileCharacters = 200_000_000;

const noArgs = z.strictObject({});

export const queries = {
  /** The counts the landing page and the header show. */
  'workspace.overview': defineQuery({
    args: z.strictObject({ locale: z.string().max(35) }),
    run: (workspace, { locale }) => ({
      programme: resolveLocalizedText(workspace.programme.name, [locale]).text,
      people: workspace.people.length,
      units: workspace.units.length,
      roles: workspace.roles.length,
      responses: workspace.responses.length,
      campaigns: workspace.campaigns.length,
      stakeholders: workspace.stakeholders.length,
      plans: workspace.plans.length,
      evaluations: workspace.evaluations.length,
    }),
  }),
  /** The whole workspace as JSON, for the visitor to download. */
  'workspace.exportJson': defineQuery({
    args: noArgs,
    run: (workspace) => JSON.stringify(workspace, null, 1),
  }),
};

export const mutations = {
  /** Replaces the workspace with a JSON file's, or changes nothing and says what is wrong where. */
  'workspace.importJson': defineMutation({
    args: z.strictObject({ text: z.string().max(maxWorkspaceFileCharacters) }),
    run: (_workspace, { text }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new DemoError(`The file is not JSON: ${(error as Error).message}`);
      }
      const checked = validateWorkspace(parsed);
      if (!checked.success)
        throw new DemoError('The file is not a valid capkit workspace.', checked.issues);
      const workspace = checked.data;
      return {
        workspace,
        validated: true,
        result: { people: workspace.people.length },
        origin: 'import',
      };
    },
  }),
  /** Starts again from the sample ministry. */
  'workspace.reset': defineMutation({
    args: noArgs,
    // Valid as generated: demoSample.test.ts holds that it passes validateWorkspace.
    run: () => ({
      workspace: demoSampleWorkspace(),
      validated: true,
      result: null,
      origin: 'sample',
    }),
  }),
};
