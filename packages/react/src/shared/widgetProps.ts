/**
 * The prop vocabulary every capkit widget extends, defined once (the way React Aria's
 * `@react-types/shared` does), so that a loading state, a selection or a view switch is spelt
 * the same in every widget. Internal: the widgets re-export the interfaces they extend.
 */
/** Which view of a chart is shown: the picture or a table of the same values. */
export type ChartView = 'chart' | 'table';

/** The heading level a widget's own headings start at, so it fits the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Whether a widget's data is ready, still loading or failed to load. */
export type LoadStatus = 'ready' | 'loading' | 'error';

/** Locale, direction, strings and class name, shared by every widget. */
export interface LocaleProps<M extends object> {
  /**
   * BCP 47 locale for numbers, dates and plural forms.
   * @default the nearest CapkitProvider's locale, else 'en'
   */
  readonly locale?: string | undefined;
  /**
   * Text direction; right to left mirrors charts and layouts.
   * @default the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Translated strings; missing keys fall back to the provider's, then to English. */
  readonly messages?: Partial<M> | undefined;
  /** Extra class name on the widget's outer element. */
  readonly className?: string | undefined;
}

/** One shape for loading and error states. */
export interface LoadStateProps {
  /**
   * `loading` shows a placeholder and a status message; `error` shows `errorMessage` as an alert.
   * @default 'ready'
   */
  readonly status?: LoadStatus | undefined;
  /** What went wrong, shown when `status` is `error`; the widget's own message otherwise. */
  readonly errorMessage?: string | undefined;
}

/** The chart/table switch of a chart widget, controlled or uncontrolled. */
export interface ViewProps {
  /** Controlled view. */
  readonly view?: ChartView | undefined;
  /**
   * Initial view when uncontrolled.
   * @default 'chart'
   */
  readonly defaultView?: ChartView | undefined;
  /** Called when the reader switches view. */
  readonly onViewChange?: ((view: ChartView) => void) | undefined;
}

/** Single selection by id, controlled or uncontrolled; `null` is "nothing selected". */
export interface SelectionProps {
  /** Controlled selection. */
  readonly selectedId?: string | null | undefined;
  /**
   * Initial selection when uncontrolled.
   * @default null
   */
  readonly defaultSelectedId?: string | null | undefined;
  /** Called when the reader selects another item (or clears the selection, with `null`). */
  readonly onSelectionChange?: ((id: string | null) => void) | undefined;
}

/** Where a widget's headings start in the page outline. */
export interface HeadingProps {
  /**
   * Level of the widget's first heading; its inner headings go one level down.
   * @default 2
   */
  readonly headingLevel?: HeadingLevel | undefined;
}

/** Strings of the chart/table switch, named the same in every widget's messages. */
export interface ViewSwitchMessages {
  /** Accessible name of the switch, e.g. "View as". */
  readonly viewGroup: string;
  /** Label of the chart button. */
  readonly viewChart: string;
  /** Label of the table button. */
  readonly viewTable: string;
}

/** English defaults of {@link ViewSwitchMessages}. */
export const defaultViewSwitchMessages: ViewSwitchMessages = {
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
};

/** Strings of the shared load states. */
export interface LoadStateMessages {
  /** Shown while loading. */
  readonly loading: string;
  /** Shown when `status` is `error` and no `errorMessage` is given. */
  readonly error: string;
  /** Shown when there is nothing to show. */
  readonly empty: string;
}

/** A heading element of the given level, for widgets that render their own headings. */
export function headingTag(level: HeadingLevel | 1): `h${HeadingLevel | 1}` {
  return `h${level}`;
}
