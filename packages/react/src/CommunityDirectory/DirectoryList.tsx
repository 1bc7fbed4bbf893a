import { createElement, useId } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import {
  splitActivities,
  type CommunityActivity,
  type DirectoryEntry,
} from './directoryEntries.js';
import type { DirectoryText } from './directoryText.js';

/** Props of {@link DirectoryList}. */
export interface DirectoryListProps {
  readonly entries: readonly DirectoryEntry[];
  readonly headingLevel: HeadingLevel;
  readonly text: DirectoryText;
}

/** The directory as a list: one article per community or centre, named by its heading. */
export function DirectoryList({ entries, headingLevel, text }: DirectoryListProps) {
  if (entries.length === 0)
    return <p className="ck-community-directory__none">{text.messages.noMatches}</p>;
  return (
    <div className="ck-community-directory__list">
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} headingLevel={headingLevel} text={text} />
      ))}
    </div>
  );
}

function Entry({
  entry,
  headingLevel,
  text,
}: {
  readonly entry: DirectoryEntry;
  readonly headingLevel: HeadingLevel;
  readonly text: DirectoryText;
}) {
  const { messages } = text;
  const headingId = `${useId()}-name`;
  const { upcoming, past } = splitActivities(entry.activities, text.today);
  const competencies = (ids: readonly string[]) =>
    ids.length === 0 ? messages.noCompetencies : ids.map(text.competency).join(', ');
  return (
    <article
      className="ck-community-directory__entry"
      aria-labelledby={headingId}
      data-id={entry.id}
      data-kind={entry.kind}
    >
      {createElement(
        headingTag(headingLevel),
        { id: headingId, className: 'ck-community-directory__name' },
        <span lang={entry.name.lang}>{entry.name.text}</span>,
      )}
      <p className="ck-community-directory__kind">
        {entry.kind === 'community' ? messages.community : messages.centre}
        {entry.focus !== undefined && (
          <>
            {' · '}
            <span lang={entry.focus.text.lang}>
              {messages[entry.focus.kind](entry.focus.text.text)}
            </span>
          </>
        )}
      </p>
      <dl className="ck-community-directory__facts">
        {entry.kind === 'community' && (
          <div>
            <dt>{messages.membersLabel}</dt>
            <dd>
              {messages.memberCount(text.count(entry.memberIds.length))}
              {entry.memberIds.length > 0 && (
                <details className="ck-community-directory__members">
                  <summary>{messages.showMembers}</summary>
                  {!text.named && <p>{messages.pseudonymous}</p>}
                  <ul>
                    {entry.memberIds.map((personId) => (
                      <li key={personId}>{text.member(personId)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{messages.competenciesLabel}</dt>
          <dd>{competencies(entry.competencyIds)}</dd>
        </div>
        {entry.capabilityCentres.length > 0 && (
          <div>
            <dt>{messages.capabilityCentresLabel}</dt>
            <dd>
              <ul>
                {entry.capabilityCentres.map((centre) => (
                  <li key={centre.id}>
                    <span lang={centre.name.lang}>{centre.name.text}</span>
                    {': '}
                    {competencies(centre.competencyIds)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {entry.kind === 'community' && (
          <div>
            <dt>{messages.upcomingLabel(text.count(upcoming.length))}</dt>
            <dd>
              {upcoming.length === 0 ? (
                messages.noUpcoming
              ) : (
                <Activities activities={upcoming} text={text} />
              )}
            </dd>
          </div>
        )}
        {past.length > 0 && (
          <div>
            <dt>{messages.pastLabel(text.count(past.length))}</dt>
            <dd>
              <Activities activities={past} text={text} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

function Activities({
  activities,
  text,
}: {
  readonly activities: readonly CommunityActivity[];
  readonly text: DirectoryText;
}) {
  return (
    <ul className="ck-community-directory__activities">
      {activities.map((activity) => {
        const title = text.title(activity);
        return (
          <li key={activity.id}>
            <time dateTime={activity.date}>{text.day(activity.date)}</time>{' '}
            {text.messages.activityKind[activity.kind]}: <span lang={title.lang}>{title.text}</span>
          </li>
        );
      })}
    </ul>
  );
}
