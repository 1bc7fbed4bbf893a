import { useId } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import type { KnowledgeFilter } from './knowledgeBoard.js';
import type { KnowledgeText } from './knowledgeText.js';

/** Props of {@link KnowledgeFilters}. */
export interface KnowledgeFiltersProps {
  readonly competencyIds: readonly string[];
  /** Community ids, `''` for items held by no community. */
  readonly communityIds: readonly string[];
  readonly filter: KnowledgeFilter;
  readonly onFilterChange: (filter: KnowledgeFilter) => void;
  readonly shown: number;
  readonly total: number;
  readonly locale: string;
  readonly text: KnowledgeText;
}

/** Two native selects (keyboard operable as the platform makes them), and what they hide. */
export function KnowledgeFilters({
  competencyIds,
  communityIds,
  filter,
  onFilterChange,
  shown,
  total,
  locale,
  text,
}: KnowledgeFiltersProps) {
  const { messages } = text;
  const id = useId();
  return (
    <fieldset className="ck-knowledge-board__filters">
      <legend className="ck-knowledge-board__filters-legend">{messages.filtersLabel}</legend>
      <div className="ck-knowledge-board__filter">
        <label htmlFor={`${id}-competency`}>{messages.competencyFilter}</label>
        <select
          id={`${id}-competency`}
          value={filter.competencyId ?? ''}
          onChange={(event) =>
            onFilterChange({
              ...filter,
              competencyId: event.target.value === '' ? null : event.target.value,
            })
          }
        >
          <option value="">{messages.allCompetencies}</option>
          {competencyIds.map((competencyId) => (
            <option key={competencyId} value={competencyId}>
              {text.competency(competencyId)}
            </option>
          ))}
        </select>
      </div>
      <div className="ck-knowledge-board__filter">
        <label htmlFor={`${id}-community`}>{messages.communityFilter}</label>
        <select
          id={`${id}-community`}
          value={filter.communityId === null ? '*' : `=${filter.communityId}`}
          onChange={(event) =>
            onFilterChange({
              ...filter,
              communityId: event.target.value === '*' ? null : event.target.value.slice(1),
            })
          }
        >
          <option value="*">{messages.allCommunities}</option>
          {communityIds.map((communityId) => (
            <option key={communityId} value={`=${communityId}`}>
              {text.community(communityId)}
            </option>
          ))}
        </select>
      </div>
      <p className="ck-knowledge-board__filtered" aria-live="polite">
        {shown < total
          ? messages.filteredCount(localizedCount(locale, shown), localizedCount(locale, total))
          : ''}
      </p>
    </fieldset>
  );
}
