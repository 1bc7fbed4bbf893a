import type { Competency, CompetencyFramework, Role } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { ProficiencyBadge } from '../ProficiencyBadge/index.js';
import { localizedCount } from '../shared/localeFormat.js';
import type { HeadingLevel } from '../shared/widgetProps.js';
import { OrgHeading } from './OrgHeading.js';
import { langIfDifferent } from '../FrameworkBrowser/textLanguage.js';
import type { OrganisationBrowserMessages } from './messages.js';
import { ScrollTable } from './ScrollTable.js';

/** Props of {@link RoleProfiles}. */
export interface RoleProfilesProps {
  /** The roles to show (already filtered by the search). */
  readonly roles: readonly Role[];
  /** Current head count by role id. */
  readonly headCounts: ReadonlyMap<string, number>;
  readonly frameworks: readonly CompetencyFramework[];
  readonly headingLevel: HeadingLevel;
  readonly idPrefix: string;
  readonly locale: string;
  readonly messages: OrganisationBrowserMessages;
}

/**
 * Each role's profile: a table of the competencies it requires and the level it requires in
 * each, named with the competency's scale (ProficiencyBadge), never as a bare number.
 */
export function RoleProfiles({
  roles,
  headCounts,
  frameworks,
  headingLevel,
  idPrefix,
  locale,
  messages,
}: RoleProfilesProps) {
  const headingId = `${idPrefix}-roles`;
  return (
    <section className="ck-organisation-browser__roles" aria-labelledby={headingId}>
      <OrgHeading level={headingLevel} id={headingId} className="ck-organisation-browser__heading">
        {messages.rolesHeading}
      </OrgHeading>
      {roles.length === 0 && <p className="ck-organisation-browser__note">{messages.noRoles}</p>}
      {roles.map((role) => {
        const framework = frameworks.find(
          (candidate) =>
            candidate.id === role.framework.frameworkId &&
            candidate.version === role.framework.version,
        );
        const competencies = new Map<string, Competency>(
          (framework?.competencies ?? []).map((competency) => [competency.id, competency]),
        );
        const title = resolveLocalizedText(role.title, [locale]);
        const roleId = `${idPrefix}-role-${role.id}`;
        return (
          <div key={role.id} className="ck-organisation-browser__role" data-role-id={role.id}>
            <OrgHeading
              level={headingLevel + 1}
              id={roleId}
              className="ck-organisation-browser__role-title"
            >
              <span lang={langIfDifferent(title.lang, locale)}>{title.text}</span>
            </OrgHeading>
            <p className="ck-organisation-browser__note">
              {[
                role.family,
                messages.roleHeadCount(localizedCount(locale, headCounts.get(role.id) ?? 0)),
              ]
                .filter((part) => part !== undefined)
                .join(' · ')}
            </p>
            {role.requirements.length === 0 ? (
              <p className="ck-organisation-browser__note">{messages.noRequirements}</p>
            ) : (
              <ScrollTable labelledBy={roleId}>
                <table className="ck-table ck-organisation-browser__table">
                  <caption className="ck-visually-hidden">
                    {messages.roleProfileCaption(title.text)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{messages.competencyColumn}</th>
                      <th scope="col">{messages.requiredLevelColumn}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {role.requirements.map((requirement) => {
                      const competency = competencies.get(requirement.competencyId);
                      const scale = framework?.scales.find(
                        (candidate) => candidate.id === competency?.scaleId,
                      );
                      const label =
                        competency === undefined
                          ? undefined
                          : resolveLocalizedText(competency.label, [locale]);
                      return (
                        <tr key={requirement.competencyId}>
                          <th scope="row">
                            {label === undefined ? (
                              messages.unknownCompetency(requirement.competencyId)
                            ) : (
                              <span lang={langIfDifferent(label.lang, locale)}>{label.text}</span>
                            )}
                          </th>
                          <td data-level={requirement.requiredLevel}>
                            {scale === undefined ? (
                              localizedCount(locale, requirement.requiredLevel).text
                            ) : (
                              <ProficiencyBadge
                                scale={scale}
                                level={requirement.requiredLevel}
                                showCode
                                locale={locale}
                              />
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollTable>
            )}
          </div>
        );
      })}
    </section>
  );
}
