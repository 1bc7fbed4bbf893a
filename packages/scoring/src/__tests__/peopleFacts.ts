import type { Workspace } from '@capkit/model';
import type { CheckedPerson } from './disclosureChecker.js';

/**
 * People-level facts worked out from the workspace alone, apart from the engine's adapters: who
 * answered the campaign (submitted, self), their current unit and role, which competencies they
 * have a score in (at least half the competency's items answered) and where their role sets a
 * required level.
 */
export function facts(workspace: Workspace, campaignId: string, competencyIds: readonly string[]) {
  const campaign = workspace.campaigns.find((c) => c.id === campaignId);
  const instrument = workspace.instruments.find((i) => i.id === campaign?.instrumentId);
  if (instrument === undefined) throw new Error('no instrument');
  const competencyOf = new Map(
    instrument.items.flatMap((item) =>
      item.target.kind === 'competency' ? [[item.id, item.target.competencyId] as const] : [],
    ),
  );
  const itemsOf = (competency: string) =>
    [...competencyOf.values()].filter((id) => id === competency).length;
  const people: CheckedPerson[] = [];
  for (const response of workspace.responses) {
    if (response.campaignId !== campaignId || response.status !== 'submitted') continue;
    if (response.perspective !== 'self') continue;
    const person = response.subjectId ?? response.respondentId;
    const memberships = workspace.memberships.filter((m) => m.personId === person);
    const current =
      memberships.find((m) => m.to === undefined) ??
      [...memberships].sort((a, b) => (a.from < b.from ? 1 : -1))[0];
    if (current === undefined) throw new Error(`no membership for ${person}`);
    const role = workspace.roles.findIndex((r) => r.id === current.roleId);
    const answered = new Map<string, number>();
    for (const answer of response.answers) {
      const competency = competencyOf.get(answer.itemId);
      const given =
        answer.kind === 'rating'
          ? answer.value !== null
          : answer.kind === 'importancePerformance' && answer.performance !== null;
      if (competency !== undefined && given)
        answered.set(competency, (answered.get(competency) ?? 0) + 1);
    }
    people.push({
      unit: workspace.units.findIndex((u) => u.id === current.unitId),
      role,
      scored: competencyIds.map((id) => 2 * (answered.get(id) ?? 0) >= itemsOf(id)),
      levelSet: competencyIds.map((id) =>
        (workspace.roles[role]?.requirements ?? []).some((req) => req.competencyId === id),
      ),
    });
  }
  return people;
}
