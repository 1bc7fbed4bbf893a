import type { KnowledgeItem } from '@capkit/model';
import { knowledgeStages } from '@capkit/model/vocabulary';
import { createElement, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import { groupByStage, moveForKey, stageAfter, type KnowledgeMove } from './knowledgeBoard.js';
import type { KnowledgeText } from './knowledgeText.js';

/** Props of {@link BoardColumns}. */
export interface BoardColumnsProps {
  readonly items: readonly KnowledgeItem[];
  readonly onMove: (item: KnowledgeItem, move: KnowledgeMove) => void;
  /** The last move's announcement, for the polite live region. */
  readonly announcement: string;
  readonly rtl: boolean;
  readonly locale: string;
  /** Level of the columns' headings; the cards' titles go one level down. */
  readonly headingLevel: HeadingLevel;
  readonly text: KnowledgeText;
}

/**
 * One column per stage, in the cycle's order along the reading direction (so right to left the
 * first stage is on the right). Each card can be focused; the left and right arrow keys move it
 * a stage, as do its two buttons. Focus follows the card to its new column, and each move is
 * announced politely.
 */
export function BoardColumns({
  items,
  onMove,
  announcement,
  rtl,
  locale,
  headingLevel,
  text,
}: BoardColumnsProps) {
  const { messages } = text;
  const id = useId();
  const groups = groupByStage(items);
  const cards = useRef(new Map<string, HTMLElement>());
  // A moved card is a new element in another column: give it the focus back.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (pending === null) return;
    focusAfterMove.current = null;
    const card = cards.current.get(pending);
    if (card !== undefined && card !== document.activeElement) card.focus();
  });

  function move(item: KnowledgeItem, direction: KnowledgeMove) {
    focusAfterMove.current = item.id;
    onMove(item, direction);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, item: KnowledgeItem) {
    if (event.target !== event.currentTarget) return;
    const direction = moveForKey(event.key, rtl);
    if (direction === undefined) return;
    event.preventDefault();
    move(item, direction);
  }

  const cardHeading = headingTag(Math.min(headingLevel + 1, 6) as HeadingLevel);
  return (
    <div className="ck-knowledge-board__board">
      <p id={`${id}-hint`} className="ck-knowledge-board__hint">
        {messages.moveHint}
      </p>
      <div className="ck-knowledge-board__columns">
        {knowledgeStages.map((stage) => {
          const members = groups[stage];
          const headingId = `${id}-${stage}`;
          return (
            <section
              key={stage}
              className="ck-knowledge-board__column"
              data-stage={stage}
              aria-labelledby={headingId}
            >
              {createElement(
                headingTag(headingLevel),
                { id: headingId, className: 'ck-knowledge-board__column-name' },
                messages.stage[stage],
                ' ',
                <span key="count" className="ck-knowledge-board__column-count">
                  ({messages.columnCount(localizedCount(locale, members.length))})
                </span>,
              )}
              {members.length === 0 ? (
                <p className="ck-knowledge-board__column-empty">{messages.emptyColumn}</p>
              ) : (
                <ul className="ck-knowledge-board__cards" aria-labelledby={headingId}>
                  {members.map((item) => {
                    const title = text.title(item);
                    const titleId = `${id}-${item.id}`;
                    const next = stageAfter(item.stage, 'forward');
                    const previous = stageAfter(item.stage, 'back');
                    const reached = text.reached(item);
                    return (
                      <li key={item.id} className="ck-knowledge-board__item">
                        <article
                          ref={(element) => {
                            if (element === null) cards.current.delete(item.id);
                            else cards.current.set(item.id, element);
                          }}
                          className="ck-knowledge-board__card"
                          data-id={item.id}
                          tabIndex={0}
                          aria-labelledby={titleId}
                          aria-describedby={`${id}-hint`}
                          onKeyDown={(event) => onKeyDown(event, item)}
                        >
                          {createElement(
                            cardHeading,
                            { id: titleId, className: 'ck-knowledge-board__card-title' },
                            <span lang={title.lang}>{title.text}</span>,
                          )}
                          <dl className="ck-knowledge-board__facts">
                            <div>
                              <dt>{messages.competenciesLabel}</dt>
                              <dd>{item.competencyIds.map(text.competency).join(', ')}</dd>
                            </div>
                            <div>
                              <dt>{messages.communityLabel}</dt>
                              <dd>{text.community(item.communityId ?? '')}</dd>
                            </div>
                          </dl>
                          {reached !== '' && (
                            <p className="ck-knowledge-board__reached">
                              {messages.reached(reached)}
                            </p>
                          )}
                          <div className="ck-knowledge-board__moves">
                            {previous !== undefined && (
                              <button
                                type="button"
                                className="ck-knowledge-board__move"
                                data-move="back"
                                onClick={() => move(item, 'back')}
                              >
                                <span aria-hidden="true">{rtl ? '→ ' : '← '}</span>
                                {messages.moveBack(messages.stage[previous])}
                              </button>
                            )}
                            {next !== undefined && (
                              <button
                                type="button"
                                className="ck-knowledge-board__move"
                                data-move="forward"
                                onClick={() => move(item, 'forward')}
                              >
                                {messages.moveForward(messages.stage[next])}
                                <span aria-hidden="true">{rtl ? ' ←' : ' →'}</span>
                              </button>
                            )}
                          </div>
                        </article>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <p className="ck-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
