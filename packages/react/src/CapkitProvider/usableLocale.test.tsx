import { digitalGovernmentFramework } from '@capkit/model/reference';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { AssessmentForm } from '../AssessmentForm/AssessmentForm.js';
import { sampleInstrument } from '../../test/fixtures/AssessmentForm.fixtures.js';
import { memoryDraftStorage } from '../AssessmentForm/draftStorage.js';
import { CompetencyBarChart } from '../CompetencyBarChart/CompetencyBarChart.js';
import { ddatScale, teamScores } from '../../test/fixtures/CompetencyBarChart.fixtures.js';
import { CompetencyProfile } from '../CompetencyProfile/CompetencyProfile.js';
import { researcherProfile } from '../../test/fixtures/CompetencyProfile.fixtures.js';
import { FrameworkBrowser } from '../FrameworkBrowser/FrameworkBrowser.js';
import { GapHeatmap } from '../GapHeatmap/GapHeatmap.js';
import {
  digitalCompetencies,
  ministrySummary,
  ministryUnitNames,
} from '../../test/fixtures/GapHeatmap.fixtures.js';
import { GroupSummaryTable, groupSummaryCsv } from '../GroupSummaryTable/GroupSummaryTable.js';
import { ministrySummaryWithMedians } from '../../test/fixtures/GroupSummaryTable.fixtures.js';
import { PriorityList } from '../PriorityList/PriorityList.js';
import { teamLabels, teamPriorities } from '../../test/fixtures/PriorityList.fixtures.js';
import { PriorityMatrix } from '../PriorityMatrix/PriorityMatrix.js';
import {
  teamLabels as matrixLabels,
  teamMatrix,
} from '../../test/fixtures/PriorityMatrix.fixtures.js';
import { ProficiencyBadge } from '../ProficiencyBadge/ProficiencyBadge.js';
import { ScaleLegend } from '../ScaleLegend/ScaleLegend.js';
import { CapkitProvider } from './CapkitProvider.js';
import { fallbackLocale, forgetReportedLocales, usableLocale } from './usableLocale.js';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  forgetReportedLocales();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('usableLocale', () => {
  it('keeps a well-formed tag as given, even one the runtime has no data for', () => {
    expect(usableLocale('en')).toBe('en');
    expect(usableLocale('ar-EG')).toBe('ar-EG');
    expect(usableLocale('fr-CA-u-nu-latn')).toBe('fr-CA-u-nu-latn');
    expect(usableLocale('xx')).toBe('xx');
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['', 'xx-INVALID-123456789', 'en_GB', 'not a locale'])(
    'falls back to English for %j, with a warning naming it',
    (locale) => {
      expect(usableLocale(locale)).toBe(fallbackLocale);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(
        `capkit: locale ${JSON.stringify(locale)} is not a valid BCP 47 language tag; using "en" instead.`,
      );
    },
  );

  it('warns once per bad locale, not on every call', () => {
    usableLocale('');
    usableLocale('');
    usableLocale('xx-INVALID-123456789');
    usableLocale('');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('falls back for a value that is not a string at all (from untyped JavaScript)', () => {
    expect(usableLocale(42 as unknown as string)).toBe('en');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

// Every widget, each with data that makes it create its Intl formatters, collators and lists.
const widgets: readonly (readonly [string, (locale: string) => ReactElement])[] = [
  [
    'CompetencyBarChart',
    (locale) => (
      // Deprecated, but shipped until its removal: it must still survive a bad locale.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      <CompetencyBarChart title="Team" scale={ddatScale} data={teamScores} locale={locale} />
    ),
  ],
  [
    'CompetencyProfile',
    (locale) => (
      <CompetencyProfile
        title="Profile"
        scale={ddatScale}
        data={researcherProfile}
        locale={locale}
      />
    ),
  ],
  [
    'ProficiencyBadge',
    (locale) => <ProficiencyBadge scale={ddatScale} level={3} locale={locale} />,
  ],
  ['ScaleLegend', (locale) => <ScaleLegend scale={ddatScale} locale={locale} />],
  [
    'PriorityList',
    (locale) => (
      <PriorityList
        title="Priorities"
        result={teamPriorities}
        labels={teamLabels}
        locale={locale}
      />
    ),
  ],
  [
    'PriorityMatrix',
    (locale) => (
      <PriorityMatrix title="Matrix" result={teamMatrix} labels={matrixLabels} locale={locale} />
    ),
  ],
  [
    'GapHeatmap',
    (locale) => (
      <GapHeatmap
        title="Gaps"
        summary={ministrySummary}
        units={ministryUnitNames}
        competencies={digitalCompetencies}
        locale={locale}
      />
    ),
  ],
  [
    'GroupSummaryTable',
    (locale) => (
      <GroupSummaryTable
        title="Summary"
        summary={ministrySummaryWithMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
        competency={1}
        locale={locale}
      />
    ),
  ],
  [
    'FrameworkBrowser',
    (locale) => <FrameworkBrowser framework={digitalGovernmentFramework} locale={locale} />,
  ],
  [
    'AssessmentForm',
    (locale) => (
      <AssessmentForm
        instrument={sampleInstrument}
        storage={memoryDraftStorage()}
        draftKey="locale"
        locale={locale}
      />
    ),
  ],
];

describe.each(['', 'xx-INVALID-123456789'])('server rendering with the bad locale %j', (bad) => {
  it.each(widgets)('%s renders in English and warns, from its own prop', (_, widget) => {
    const html = renderToString(widget(bad));
    expect(html).toBe(renderToString(widget('en')));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(JSON.stringify(bad));
  });

  it.each(widgets)('%s renders in English and warns, from the provider', (_, widget) => {
    const html = renderToString(
      <CapkitProvider locale={bad}>{widget(undefined as unknown as string)}</CapkitProvider>,
    );
    expect(html).toContain('<');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('groupSummaryCsv sorts names in English and warns', () => {
    const content = {
      summary: ministrySummaryWithMedians,
      groups: ministryUnitNames,
      competencies: digitalCompetencies,
      competency: 1,
      sort: { by: 'group', direction: 'descending' },
    } as const;
    const csv = groupSummaryCsv({ ...content, locale: bad });
    expect(csv).toBe(groupSummaryCsv({ ...content, locale: 'en' }));
    // Sorted by name, Z to A: the first record after the header is the last name in English order.
    const last = [...ministryUnitNames].sort((a, b) => a.localeCompare(b, 'en')).at(-1) ?? '';
    expect(csv.split('\r\n')[1]?.startsWith(last)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
