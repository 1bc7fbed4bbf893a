import type { ProficiencyScale } from '@capkit/model';
import { useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type { LoadStateProps, LoadStatus, LocaleProps, ViewProps } from '../shared/widgetProps.js';
import { defaultCompetencyProfileMessages, type CompetencyProfileMessages } from './messages.js';
import { ProfileBars } from './ProfileBars.js';
import { AxisKey, ProfileLegend, type CompetencyProfileForm } from './ProfileLegend.js';
import { ProfileRadar } from './ProfileRadar.js';
import { maxNamedAxes, type ProfilePlotProps } from './profileLayout.js';
import { profileRows, type CompetencyProfileDatum } from './profileRows.js';
import { profileSummary } from './profileSummary.js';
import { ProfileTable } from './ProfileTable.js';

export type { CompetencyProfileForm } from './ProfileLegend.js';
export type { CompetencyProfileDatum } from './profileRows.js';

/**
 * Whether the scores are ready to show, still loading, or failed to load: the shared load
 * status every widget takes.
 */
export type CompetencyProfileStatus = LoadStatus;

/** Props of {@link CompetencyProfile}. */
export interface CompetencyProfileProps
  extends LocaleProps<CompetencyProfileMessages>, LoadStateProps, ViewProps {
  /** Title of the figure, e.g. "Amira Haddad: competency profile"; also its accessible name. */
  readonly title: string;
  /**
   * One or two sentences on what the profile shows.
   * @default undefined
   */
  readonly description?: string | undefined;
  /** The proficiency scale the scores and required levels are on. */
  readonly scale: ProficiencyScale;
  /** One entry per competency, in the order to show them (clockwise from the top on the radar). */
  readonly data: readonly CompetencyProfileDatum[];
  /**
   * Controlled chart form; pair with `onFormChange`.
   * @default undefined (uncontrolled)
   */
  readonly form?: CompetencyProfileForm | undefined;
  /**
   * Initial chart form when uncontrolled.
   * @default 'radar'
   */
  readonly defaultForm?: CompetencyProfileForm | undefined;
  /**
   * Called when the reader switches between radar and bars.
   * @default undefined
   */
  readonly onFormChange?: ((form: CompetencyProfileForm) => void) | undefined;
}

/**
 * A person's or group's competency scores against required levels, drawn as a radar or as bars
 * (the reader chooses), always opening with a summary in plain words and with a table of the same
 * values. Missing scores read "No score", never 0. State: `data-form`, `data-view` and
 * `data-state` (`ready`, `loading`, `error`, `empty`) on the outer element.
 */
export function CompetencyProfile({
  title,
  description,
  scale,
  data,
  form: controlledForm,
  defaultForm = 'radar',
  onFormChange,
  view: controlledView,
  defaultView = 'chart',
  onViewChange,
  status = 'ready',
  errorMessage,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: CompetencyProfileProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'CompetencyProfile',
    defaultCompetencyProfileMessages,
    messageOverrides,
  );
  const [form, setForm] = useControllableState({
    value: controlledForm,
    defaultValue: defaultForm,
    onChange: onFormChange,
    name: 'CompetencyProfile form',
  });
  const [view, setView] = useControllableState({
    value: controlledView,
    defaultValue: defaultView,
    onChange: onViewChange,
    name: 'CompetencyProfile view',
  });
  const rows = useMemo(() => profileRows(data, scale, locale), [data, scale, locale]);
  const rtl = dir === 'rtl';
  const empty = data.length === 0;
  const state = widgetState(status, empty);
  const ready = state === 'ready';
  const plotProps: Omit<ProfilePlotProps, 'layout'> = { title, rows, scale, rtl, locale, messages };

  return (
    <div
      className={['ck-competency-profile', className].filter(Boolean).join(' ')}
      dir={dir}
      data-form={form}
      data-view={view}
      data-state={state}
      aria-busy={state === 'loading' ? true : undefined}
    >
      <ChartFigure
        title={title}
        description={description}
        dir={dir}
        view={view}
        onViewChange={setView}
        messages={messages}
        state={state}
        status={
          ready ? undefined : (
            <WidgetStatus
              status={status}
              empty={empty}
              messages={messages}
              errorMessage={errorMessage}
            />
          )
        }
        summary={ready ? profileSummary(rows, messages, locale) : undefined}
        chart={
          <>
            <div className="ck-figure__views" role="group" aria-label={messages.formGroup}>
              {(['radar', 'bars'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className="ck-figure__view-button"
                  aria-pressed={form === option}
                  onClick={() => setForm(option)}
                >
                  {option === 'radar' ? messages.formRadar : messages.formBars}
                </button>
              ))}
            </div>
            {form === 'radar' ? (
              <>
                <ProfileRadar {...plotProps} layout="wide" />
                <ProfileRadar {...plotProps} layout="narrow" />
                <ProfileLegend form="radar" messages={messages} />
                <AxisKey rows={rows} messages={messages} always={rows.length > maxNamedAxes} />
              </>
            ) : (
              <>
                <ProfileBars {...plotProps} layout="wide" />
                <ProfileBars {...plotProps} layout="narrow" />
                <ProfileLegend form="bars" messages={messages} />
              </>
            )}
          </>
        }
        table={<ProfileTable title={title} rows={rows} locale={locale} messages={messages} />}
      />
    </div>
  );
}
