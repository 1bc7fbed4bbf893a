import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { splitActivities, type DirectoryEntry } from './directoryEntries.js';
import type { DirectoryText } from './directoryText.js';

/** Props of {@link DirectoryTable}. */
export interface DirectoryTableProps {
  readonly title: string;
  readonly entries: readonly DirectoryEntry[];
  readonly text: DirectoryText;
}

/**
 * The list's table alternative: one row per entry with its kind, focus, member count, next and
 * last activity and the competencies it builds. Scrolls in its own named region where it does
 * not fit.
 */
export function DirectoryTable({ title, entries, text }: DirectoryTableProps) {
  const { messages } = text;
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const when = (activity: DirectoryEntry['activities'][number] | undefined, none: string) =>
    activity === undefined ? none : <time dateTime={activity.date}>{text.day(activity.date)}</time>;
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-community-directory__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.nameHeading}</th>
            <th scope="col">{messages.kindHeading}</th>
            <th scope="col">{messages.focusHeading}</th>
            <th scope="col">{messages.membersHeading}</th>
            <th scope="col">{messages.nextHeading}</th>
            <th scope="col">{messages.lastHeading}</th>
            <th scope="col">{messages.competenciesHeading}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const community = entry.kind === 'community';
            const { upcoming, past } = splitActivities(entry.activities, text.today);
            return (
              <tr key={entry.id}>
                <th scope="row">
                  <span lang={entry.name.lang}>{entry.name.text}</span>
                </th>
                <td>{community ? messages.community : messages.centre}</td>
                <td>
                  {entry.focus === undefined ? (
                    messages.none
                  ) : (
                    <span lang={entry.focus.text.lang}>{entry.focus.text.text}</span>
                  )}
                </td>
                <td>{community ? text.count(entry.memberIds.length).text : messages.none}</td>
                <td>{when(upcoming[0], community ? messages.noUpcoming : messages.none)}</td>
                <td>{when(past[0], messages.none)}</td>
                <td>
                  {entry.competencyIds.length === 0
                    ? messages.noCompetencies
                    : entry.competencyIds.map(text.competency).join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
