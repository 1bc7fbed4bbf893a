import { expect, it } from 'vitest';
import { describeIssue } from '../index.js';
import {
  surveyCampaign as campaign,
  surveyInstrument as instrument,
} from './fixtures/surveyInstrument.js';
import {
  importResponses,
  parseColumnMapping,
  readCsvTable,
  serializeColumnMapping,
  suggestColumnMapping,
} from './index.js';

// The README's example, kept runnable (there the imports are '@capkit/interop' and
// '@capkit/interop/csv'; `instrument` and `campaign` are the user's capkit documents).
it('imports a KoboToolbox-style CSV export with a saved column mapping and its row errors', () => {
  // A KoboToolbox export: ";" between fields, every field quoted, group paths joined by "/".
  const kobo = [
    '"start";"respondent/staff_id";"skills/q1";"skills/q2";"skills/q3_importance";"skills/q3_performance";"_id";"_uuid";"_submission_time";"_index"',
    '"2026-03-02T08:01:10.000+01:00";"HR-0142";"4";"3";"5";"2";"101";"0d6a1c1e";"2026-03-02T07:15:42";"1"',
    '"2026-03-02T09:30:00.000+01:00";"HR-0157";"7";"na";"na";"";"102";"5a3e2d90";"2026-03-02T08:41:30";"2"',
    '"2026-03-03T10:05:00.000+01:00";"HR-0142";"5";"4";"4";"4";"103";"9c1b7f3a";"2026-03-03T09:21:05";"3"',
    '"2026-03-03T11:00:00.000+01:00";"HR-0188";"2";"2";"3";"1";"104";"77e0aa41";"2026-03-03T10:02:11";"4"',
  ].join('\r\n');

  // Once: suggest a mapping from the headers, adjust it, save it with the form.
  const table = readCsvTable(kobo);
  const suggested = suggestColumnMapping(table.headers, { target: 'responses', instrument, table });
  const saved = serializeColumnMapping({ ...suggested, notApplicableValues: ['na'] });

  // Every month: load the saved mapping and import the new export.
  const mapping = parseColumnMapping(saved, { instrument });
  if (!mapping.success) throw new Error(mapping.issues.map(describeIssue).join('\n'));
  const result = importResponses(kobo, {
    mapping: mapping.data,
    instrument,
    campaign,
    mode: 'goodRows', // the default, 'allOrNothing', would import nothing
  });

  expect(result.success && result.data.map((response) => response.respondentId)).toEqual([
    'HR-0188',
  ]);
  expect(result.issues.map(describeIssue)).toEqual([
    'Row 3, column "skills/q1": 7 is not a point of the scale 1–5',
    'Row 2, column "respondent/staff_id": Respondent "HR-0142" (self) appears in rows 2 and 4: keep one of them',
    'Row 4, column "respondent/staff_id": Respondent "HR-0142" (self) appears in rows 2 and 4: keep one of them',
  ]);
});
