import type { Membership, Role } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { HeadingLevel } from '../shared/widgetProps.js';
import { OrgHeading } from './OrgHeading.js';
import type { OrganisationBrowserMessages } from './messages.js';
import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import type { OrgTreeNode } from './orgTree.js';
import { ScrollTable } from './ScrollTable.js';

/** Props of {@link UnitPeople}. */
export interface UnitPeopleProps {
  readonly unit: OrgTreeNode | undefined;
  /** The current memberships in `unit` itself. */
  readonly memberships: readonly Membership[];
  readonly roles: ReadonlyMap<string, Role>;
  /** Names by person id; empty when the app passes no personal data. */
  readonly names: ReadonlyMap<string, string>;
  readonly headingLevel: HeadingLevel;
  readonly headingId: string;
  readonly locale: string;
  readonly dateLocale: Locale | undefined;
  readonly messages: OrganisationBrowserMessages;
}

/**
 * The people in the selected unit and their roles, by pseudonymous id; with a name only when
 * the app passed personal data. A region named by its heading.
 */
export function UnitPeople({
  unit,
  memberships,
  roles,
  names,
  headingLevel,
  headingId,
  locale,
  dateLocale,
  messages,
}: UnitPeopleProps) {
  if (unit === undefined) {
    return (
      <section className="ck-organisation-browser__people" aria-labelledby={headingId}>
        <OrgHeading
          level={headingLevel}
          id={headingId}
          className="ck-organisation-browser__heading"
        >
          {messages.peopleHeadingNone}
        </OrgHeading>
        <p className="ck-organisation-browser__note">{messages.noUnitSelected}</p>
      </section>
    );
  }
  const title = messages.peopleHeading(unit.name.text);
  const sorted = [...memberships].sort(
    (a, b) => a.personId.localeCompare(b.personId) || a.roleId.localeCompare(b.roleId),
  );
  return (
    <section
      className="ck-organisation-browser__people"
      aria-labelledby={headingId}
      data-unit-id={unit.id}
    >
      <OrgHeading level={headingLevel} id={headingId} className="ck-organisation-browser__heading">
        {title}
      </OrgHeading>
      {sorted.length === 0 ? (
        <p className="ck-organisation-browser__note">{messages.noPeople}</p>
      ) : (
        <ScrollTable labelledBy={`${headingId}-caption`}>
          <table className="ck-table ck-organisation-browser__table">
            <caption id={`${headingId}-caption`} className="ck-visually-hidden">
              {messages.peopleTableCaption(unit.name.text)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{messages.personColumn}</th>
                <th scope="col">{messages.roleColumn}</th>
                <th scope="col">{messages.fromColumn}</th>
                <th scope="col">{messages.toColumn}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((membership) => {
                const role = roles.get(membership.roleId);
                const roleTitle =
                  role === undefined
                    ? { text: messages.unknownRole(membership.roleId), lang: undefined }
                    : resolveLocalizedText(role.title, [locale]);
                const name = names.get(membership.personId);
                return (
                  <tr
                    key={`${membership.personId}:${membership.roleId}:${membership.from}`}
                    data-person-id={membership.personId}
                  >
                    <th scope="row">
                      {name === undefined ? (
                        <code>{membership.personId}</code>
                      ) : (
                        <>
                          {name} <code>{membership.personId}</code>
                        </>
                      )}
                    </th>
                    <td>{roleTitle.text}</td>
                    <td>
                      <time dateTime={membership.from}>
                        {formatCalendarDay(membership.from, dateLocale)}
                      </time>
                    </td>
                    <td>
                      {membership.to === undefined ? (
                        messages.ongoing
                      ) : (
                        <time dateTime={membership.to}>
                          {formatCalendarDay(membership.to, dateLocale)}
                        </time>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
