import type { CompetencyFramework } from '@capkit/model';
import { csvTable, type CsvExportOptions } from './csvTable.js';
import { languagesOf, textColumns } from './languages.js';

/**
 * A framework's areas then competencies, as `importFrameworkItems` reads them: `type`
 * (`area` or `competency`), `id`, `code`, `label.<lang>`…, `statement.<lang>`…,
 * `description.<lang>`…, `parentId` (an area's enclosing area, a competency's area) and
 * `scaleId`. The framework's own fields and its scales are not items and are not written.
 */
export function frameworkItemsToCsv(
  framework: CompetencyFramework,
  options: CsvExportOptions = {},
): string {
  const labels = languagesOf(
    [...framework.areas, ...framework.competencies].map((item) => item.label),
  );
  const statements = languagesOf(framework.competencies.map((item) => item.statement));
  const descriptions = languagesOf(framework.areas.map((item) => item.description));
  const header = [
    'type',
    'id',
    'code',
    ...labels.map((lang) => `label.${lang}`),
    ...statements.map((lang) => `statement.${lang}`),
    ...descriptions.map((lang) => `description.${lang}`),
    'parentId',
    'scaleId',
  ];
  const blank = (columns: readonly string[]) => columns.map(() => '');
  return csvTable(
    header,
    [
      ...framework.areas.map((area) => [
        'area',
        area.id,
        area.code,
        ...textColumns(area.label, labels),
        ...blank(statements),
        ...textColumns(area.description, descriptions),
        area.parentId,
        '',
      ]),
      ...framework.competencies.map((competency) => [
        'competency',
        competency.id,
        competency.code,
        ...textColumns(competency.label, labels),
        ...textColumns(competency.statement, statements),
        ...blank(descriptions),
        competency.areaId,
        competency.scaleId,
      ]),
    ],
    options,
  );
}
