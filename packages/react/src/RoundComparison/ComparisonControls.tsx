import { useId } from 'react';
import type { ComparisonText } from './comparisonText.js';
import type { ComparisonColumn, ComparisonFilter, ComparisonView } from './roundGrid.js';

/** Props of {@link ComparisonControls}. */
export interface ComparisonControlsProps {
  readonly view: ComparisonView;
  readonly onViewChange: (view: ComparisonView) => void;
  readonly filter: ComparisonFilter;
  readonly onFilterChange: (filter: ComparisonFilter) => void;
  readonly competencies: readonly ComparisonColumn[];
  readonly units: readonly ComparisonColumn[];
  readonly text: ComparisonText;
}

const views: readonly ComparisonView[] = ['competency', 'unit'];

/**
 * The view switch as native radio buttons (one tab stop, arrow keys move between them as the
 * platform makes them, mirrored right to left) and the two filters as native selects.
 */
export function ComparisonControls({
  view,
  onViewChange,
  filter,
  onFilterChange,
  competencies,
  units,
  text,
}: ComparisonControlsProps) {
  const { messages } = text;
  const id = useId();
  const select = (
    key: keyof ComparisonFilter,
    label: string,
    every: string,
    options: readonly ComparisonColumn[],
  ) => (
    <div className="ck-round-comparison__filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        // "=" before an id keeps "every" apart from any id, even an empty one.
        value={filter[key] === null ? '*' : `=${filter[key]}`}
        onChange={(event) =>
          onFilterChange({
            ...filter,
            [key]: event.target.value === '*' ? null : event.target.value.slice(1),
          })
        }
      >
        <option value="*">{every}</option>
        {options.map((option) => (
          <option key={option.id} value={`=${option.id}`}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="ck-round-comparison__controls">
      <fieldset className="ck-round-comparison__views">
        <legend>{messages.viewLegend}</legend>
        {views.map((option) => (
          <label key={option} className="ck-round-comparison__view">
            <input
              type="radio"
              name={`${id}-view`}
              value={option}
              checked={view === option}
              onChange={() => onViewChange(option)}
            />
            {messages.view(option)}
          </label>
        ))}
      </fieldset>
      <fieldset className="ck-round-comparison__filters">
        <legend>{messages.filtersLabel}</legend>
        {select('competencyId', messages.competencyFilter, messages.everyCompetency, competencies)}
        {select('unitId', messages.unitFilter, messages.everyUnit, units)}
      </fieldset>
    </div>
  );
}
