/** Verbs capkit's statements use, from registered xAPI vocabularies. */
export const xapiVerbs = {
  /** Activity Streams 1.0 "submit", listed in the xAPI vocabulary registry. */
  submitted: 'http://activitystrea.ms/schema/1.0/submit',
  /** From the DoD ISD xAPI profile. */
  achieved: 'https://w3id.org/xapi/dod-isd/verbs/achieved',
  /** ADL's verb. */
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  /** ADL's verb; passing implies completing. */
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  /** ADL's verb that voids the statement it refers to. */
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;

/** ADL activity types capkit's statements use. */
export const xapiActivityTypes = {
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  course: 'http://adlnet.gov/expapi/activities/course',
  meeting: 'http://adlnet.gov/expapi/activities/meeting',
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const;

/**
 * The IRIs of capkit's own activities and extensions, all under the caller's `activityBase`
 * (e.g. `https://capkit.example.gov/xapi/`), so that they belong to a domain the caller controls.
 */
export function capkitIris(activityBase: string) {
  const base = activityBase.endsWith('/') ? activityBase : `${activityBase}/`;
  const item = (kind: string) => (id: string) => `${base}${kind}/${encodeURIComponent(id)}`;
  return {
    campaign: item('campaigns'),
    instrument: item('instruments'),
    competency: item('competencies'),
    scale: item('scales'),
    plan: item('plans'),
    intervention: item('interventions'),
    /** Prefix of intervention activity ids, to read the id back. */
    interventionPrefix: `${base}interventions/`,
    extensions: {
      perspective: `${base}extensions/perspective`,
      subject: `${base}extensions/subject`,
      level: `${base}extensions/level`,
      intervention: `${base}extensions/intervention`,
      plan: `${base}extensions/plan`,
    },
  };
}
