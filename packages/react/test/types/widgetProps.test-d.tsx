import { describe, expectTypeOf, it } from 'vitest';
import type {
  AssessmentFormProps,
  CompetencyProfileProps,
  FrameworkBrowserProps,
  GapHeatmapProps,
  GroupSummaryTableProps,
  LoadStateProps,
  LocaleProps,
  PriorityListProps,
  PriorityMatrixProps,
  ProficiencyBadgeProps,
  ScaleLegendProps,
  SelectionProps,
  ViewProps,
  GapHeatmapMessages,
  PriorityListMessages,
} from '../../src/index.js';

describe('every widget on one contract', () => {
  it('takes locale, direction, messages and class name the same way', () => {
    expectTypeOf<GapHeatmapProps>().toExtend<LocaleProps<GapHeatmapMessages>>();
    expectTypeOf<PriorityListProps>().toExtend<LocaleProps<PriorityListMessages>>();
    for (const dir of [
      undefined as FrameworkBrowserProps['dir'],
      undefined as AssessmentFormProps['dir'],
      undefined as CompetencyProfileProps['dir'],
      undefined as ProficiencyBadgeProps['dir'],
      undefined as ScaleLegendProps['dir'],
      undefined as GroupSummaryTableProps['dir'],
      undefined as PriorityMatrixProps['dir'],
    ]) {
      expectTypeOf(dir).toEqualTypeOf<'ltr' | 'rtl' | undefined>();
    }
  });

  it('has one load-state shape in every data widget', () => {
    expectTypeOf<GapHeatmapProps>().toExtend<LoadStateProps>();
    expectTypeOf<PriorityListProps>().toExtend<LoadStateProps>();
    expectTypeOf<PriorityMatrixProps>().toExtend<LoadStateProps>();
    expectTypeOf<GroupSummaryTableProps>().toExtend<LoadStateProps>();
    expectTypeOf<CompetencyProfileProps>().toExtend<LoadStateProps>();
    expectTypeOf<FrameworkBrowserProps>().toExtend<LoadStateProps>();
    expectTypeOf<AssessmentFormProps>().toExtend<LoadStateProps>();
    expectTypeOf<PriorityListProps['status']>().toEqualTypeOf<
      'ready' | 'loading' | 'error' | undefined
    >();
  });

  it('names the view switch and selection the same way', () => {
    expectTypeOf<GapHeatmapProps>().toExtend<ViewProps>();
    expectTypeOf<PriorityMatrixProps>().toExtend<ViewProps & SelectionProps>();
    expectTypeOf<FrameworkBrowserProps>().toExtend<SelectionProps>();
    expectTypeOf<FrameworkBrowserProps['onSelectionChange']>().toEqualTypeOf<
      ((id: string | null) => void) | undefined
    >();
  });

  it('refuses the old names', () => {
    // @ts-expect-error: `loading` became `status: 'loading'`
    const list: Pick<PriorityListProps, 'loading'> = {};
    // @ts-expect-error: `onSelect` became `onSelectionChange`
    const browser: Pick<FrameworkBrowserProps, 'onSelect'> = {};
    expectTypeOf(list).toBeObject();
    expectTypeOf(browser).toBeObject();
  });
});
