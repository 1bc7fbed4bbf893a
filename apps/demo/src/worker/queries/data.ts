import type { Workspace } from '@capkit/model';
import {
  frameworkItemsToCsv,
  membershipsToCsv,
  peopleToCsv,
  rolesToCsv,
  unitsToCsv,
} from '@capkit/interop/csv';
import {
  assessmentSubmittedStatement,
  interventionCompletedStatement,
  type XapiStatement,
} from '@capkit/interop/xapi';
import { z } from 'zod';
import { csvTables, type CsvTableName } from '../../pages/data/csvTables.js';
import { defineQuery, DemoError } from '../contract.js';

// The data page's reads: what is stored and how big it is, and the exports in the formats other
// systems read (capkit's own CSV tables, xAPI statements for a learning record store). The whole
// workspace as JSON is `workspace.exportJson`; import and reset are `workspace.importJson` and
// `workspace.reset`.

// Where the demo's pseudonymous person ids and activities live, for the xAPI statements. A real
// programme passes its HR system's home page and its own activity base.
const xapiOptions = {
  homePage: 'https://hr.mds.example/',
  activityBase: 'https://capkit.mds.example/xapi/',
} as const;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

function csvOf(workspace: Workspace, table: CsvTableName): { text: string; rows: number } {
  switch (table) {
    case 'people':
      return { text: peopleToCsv(workspace.people), rows: workspace.people.length };
    case 'units':
      return { text: unitsToCsv(workspace.units), rows: workspace.units.length };
    case 'roles':
      return { text: rolesToCsv(workspace.roles), rows: workspace.roles.length };
    case 'memberships':
      return { text: membershipsToCsv(workspace.memberships), rows: workspace.memberships.length };
    case 'frameworkItems': {
      const framework = workspace.frameworks[0];
      if (framework === undefined) throw new DemoError('The workspace has no skills framework.');
      return {
        text: frameworkItemsToCsv(framework),
        rows: framework.areas.length + framework.competencies.length,
      };
    }
  }
}

export const queries = {
  /** What the workspace holds and where it came from, for the data page's first sentence. */
  'data.summary': defineQuery({
    args: z.strictObject({}),
    run: (workspace, _args, context) => {
      const submitted = workspace.responses.filter((r) => r.status === 'submitted').length;
      const completed = workspace.plans.flatMap((plan) =>
        plan.interventions.filter((i) => i.status === 'completed'),
      );
      return {
        origin: context.saved?.origin ?? 'sample',
        savedAt: context.saved?.savedAt,
        people: workspace.people.length,
        units: workspace.units.length,
        responses: workspace.responses.length,
        submittedResponses: submitted,
        plans: workspace.plans.length,
        completedInterventions: completed.length,
        completions: completed.reduce((sum, i) => sum + (i.participantIds?.length ?? 0), 0),
        csvRows: {
          people: workspace.people.length,
          units: workspace.units.length,
          roles: workspace.roles.length,
          memberships: workspace.memberships.length,
          frameworkItems:
            (workspace.frameworks[0]?.areas.length ?? 0) +
            (workspace.frameworks[0]?.competencies.length ?? 0),
        } satisfies Record<CsvTableName, number>,
        /** The size of the JSON export, in bytes, so the page can say how big the file is. */
        jsonBytes: byteLength(JSON.stringify(workspace, null, 1)),
      };
    },
  }),
  /** One of capkit's CSV tables, with a UTF-8 byte order mark so that spreadsheets read accents. */
  'data.csv': defineQuery({
    args: z.strictObject({ table: z.enum(csvTables) }),
    run: (workspace, { table }) => {
      const { text, rows } = csvOf(workspace, table);
      return { fileName: `capkit-${table}.csv`, text, rows };
    },
  }),
  /**
   * xAPI 2.0 statements: every submitted questionnaire ("submitted the assessment") and every
   * participant of a completed intervention ("completed"), each validated by the builder. Ids are
   * derived from capkit's ids, so sending the same export twice gives a learning record store
   * one copy.
   */
  'data.xapi': defineQuery({
    args: z.strictObject({}),
    run: (workspace, _args, { progress, signal }) => {
      const campaigns = new Map(workspace.campaigns.map((c) => [c.id, c]));
      const submitted = workspace.responses.filter((r) => r.status === 'submitted');
      const completions = workspace.plans.flatMap((plan) =>
        plan.interventions
          .filter((i) => i.status === 'completed')
          .flatMap((i) =>
            (i.participantIds ?? []).map((personId) => ({ plan, intervention: i, personId })),
          ),
      );
      const total = submitted.length + completions.length;
      const statements: XapiStatement[] = [];
      let failed = 0;
      for (const [index, response] of submitted.entries()) {
        if (signal.aborted) throw new DemoError('Cancelled');
        const campaign = campaigns.get(response.campaignId);
        const built =
          campaign === undefined
            ? undefined
            : assessmentSubmittedStatement({ response, campaign }, xapiOptions);
        if (built?.success === true) statements.push(built.data);
        else failed += 1;
        if (index % 200 === 0) progress(index, total);
      }
      for (const [index, { plan, intervention, personId }] of completions.entries()) {
        const built = interventionCompletedStatement(
          {
            personId,
            plan,
            interventionId: intervention.id,
            timestamp: `${intervention.endsOn}T17:00:00Z`,
          },
          xapiOptions,
        );
        if (built.success) statements.push(built.data);
        else failed += 1;
        if (index % 200 === 0) progress(submitted.length + index, total);
      }
      progress(total, total);
      return {
        fileName: 'capkit-xapi-statements.json',
        text: JSON.stringify(statements, null, 1),
        submitted: submitted.length,
        completions: completions.length,
        failed,
      };
    },
  }),
};

export const mutations = {};
