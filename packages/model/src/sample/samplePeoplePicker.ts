import type { SampleContext } from './sampleContext.js';
import { samplePersonId } from './sampleOrganisation.js';
import type { SeededRandom } from './seededRandom.js';

/** Ids of up to `count` different people of the ministry, chosen at random (fewer if it is smaller). */
export function pickPeople(context: SampleContext, random: SeededRandom, count: number): string[] {
  const { organisation } = context;
  const wanted = Math.min(count, organisation.people);
  const chosen = new Set<number>();
  // Rejection is quick while few are wanted; a dense pick walks a shuffled prefix instead.
  if (wanted * 2 <= organisation.people) {
    while (chosen.size < wanted) chosen.add(random.int(0, organisation.people - 1));
  } else {
    const all = Array.from({ length: organisation.people }, (_, index) => index);
    for (let i = 0; i < wanted; i += 1) {
      const j = random.int(i, all.length - 1);
      const swap = all[i] ?? i;
      all[i] = all[j] ?? j;
      all[j] = swap;
      chosen.add(all[i] ?? i);
    }
  }
  return [...chosen].map((index) => samplePersonId(organisation, index));
}

/** Ids of the heads of department, in department order. */
export function departmentHeads(context: SampleContext): string[] {
  const { organisation } = context;
  return organisation.teams
    .filter((team) => team.indexInDepartment === 0)
    .map((team) => samplePersonId(organisation, team.firstPerson));
}
