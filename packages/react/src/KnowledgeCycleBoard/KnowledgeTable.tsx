import type { KnowledgeItem } from '@capkit/model';
import { knowledgeStages } from '@capkit/model/vocabulary';
import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { groupByStage } from './knowledgeBoard.js';
import type { KnowledgeText } from './knowledgeText.js';

/** Props of {@link KnowledgeTable}. */
export interface KnowledgeTableProps {
  readonly title: string;
  readonly items: readonly KnowledgeItem[];
  readonly text: KnowledgeText;
}

/**
 * The board's table alternative: one row per item, stage by stage in the cycle's order, with
 * when it reached its stage, its competencies and its community. Scrolls in its own named
 * region where it does not fit.
 */
export function KnowledgeTable({ title, items, text }: KnowledgeTableProps) {
  const { messages } = text;
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const groups = groupByStage(items);
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-knowledge-board__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.titleHeading}</th>
            <th scope="col">{messages.stageHeading}</th>
            <th scope="col">{messages.reachedHeading}</th>
            <th scope="col">{messages.competenciesHeading}</th>
            <th scope="col">{messages.communityHeading}</th>
          </tr>
        </thead>
        <tbody>
          {knowledgeStages.flatMap((stage) =>
            groups[stage].map((item) => {
              const itemTitle = text.title(item);
              return (
                <tr key={item.id}>
                  <th scope="row">
                    <span lang={itemTitle.lang}>{itemTitle.text}</span>
                  </th>
                  <td>{messages.stage[stage]}</td>
                  <td>{text.reached(item)}</td>
                  <td>{item.competencyIds.map(text.competency).join(', ')}</td>
                  <td>{text.community(item.communityId ?? '')}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
