import { describe, expectTypeOf, it } from 'vitest';
import {
  CapkitProvider,
  type useMessages,
  type CapkitMessages,
  type CapkitProviderProps,
  type MessagesOf,
} from '../../src/CapkitProvider/index.js';
import { ChartFigure, type ChartFigureProps, type ChartView } from '../../src/ChartFigure/index.js';
import type { GapHeatmapMessages } from '../../src/GapHeatmap/messages.js';

describe('CapkitProvider messages', () => {
  it('types each widget’s strings with that widget’s message type', () => {
    expectTypeOf<MessagesOf<'GapHeatmap'>>().toEqualTypeOf<GapHeatmapMessages>();
    expectTypeOf<CapkitProviderProps['messages']>().toEqualTypeOf<CapkitMessages | undefined>();
    const ok: CapkitMessages = { GapHeatmap: { noData: 'Aucune donnée' } };
    expectTypeOf(ok).toExtend<CapkitMessages>();
  });

  it('rejects a misspelt widget or key, and a string where a function is expected', () => {
    // @ts-expect-error: no widget is called GapHeatMap
    const widget: CapkitMessages = { GapHeatMap: {} };
    // @ts-expect-error: GapHeatmap has no message `noDta`
    const key: CapkitMessages = { GapHeatmap: { noDta: 'x' } };
    expectTypeOf(widget).toExtend<CapkitMessages>();
    expectTypeOf(key).toExtend<CapkitMessages>();
    expectTypeOf(CapkitProvider).parameter(0).toExtend<CapkitProviderProps>();
  });

  it('returns the widget’s full message type from useMessages', () => {
    type Result = ReturnType<typeof useMessages<'GapHeatmap', GapHeatmapMessages>>;
    expectTypeOf<Result>().toEqualTypeOf<GapHeatmapMessages>();
  });
});

describe('ChartFigure', () => {
  it('takes the shared view props, each optional prop accepting undefined', () => {
    expectTypeOf<ChartFigureProps['view']>().toEqualTypeOf<ChartView | undefined>();
    expectTypeOf<ChartFigureProps['onViewChange']>().toEqualTypeOf<
      ((view: ChartView) => void) | undefined
    >();
    // exactOptionalPropertyTypes is on: an explicit undefined must still be accepted.
    const props: ChartFigureProps = {
      title: 'Gaps',
      chart: null,
      table: null,
      view: undefined,
      description: undefined,
    };
    expectTypeOf(ChartFigure).parameter(0).toExtend<ChartFigureProps>();
    expectTypeOf(props).toExtend<ChartFigureProps>();
  });

  it('accepts only the two views and the four states', () => {
    // @ts-expect-error: 'grid' is not a view
    const view: ChartFigureProps['view'] = 'grid';
    // @ts-expect-error: states are lower case
    const state: ChartFigureProps['state'] = 'Ready';
    expectTypeOf(view).toExtend<ChartFigureProps['view']>();
    expectTypeOf(state).toExtend<ChartFigureProps['state']>();
  });
});
