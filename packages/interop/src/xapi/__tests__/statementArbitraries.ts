import fc from 'fast-check';

// Valid xAPI 2.0 statements, built from the rules so that every one must validate. Cheap on
// purpose: the fuzz suite derives 10,000 malformed statements from them.

const hex = (length: number) =>
  fc.string({
    unit: fc.constantFrom(...Array.from('0123456789abcdef')),
    minLength: length,
    maxLength: length,
  });

export const uuidArbitrary = fc.uuid({ version: [1, 3, 4, 5] });

const word = fc.string({
  unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz0123456789-')),
  minLength: 1,
  maxLength: 12,
});

export const iriArbitrary = fc
  .tuple(fc.constantFrom('https://example.gov/', 'http://lms.example.org/a/', 'urn:example:'), word)
  .map(([base, tail]) => base + tail);

const languageMapArbitrary = fc.dictionary(
  fc.constantFrom('en', 'fr', 'fr-CA', 'ar-EG', 'pt-BR', 'und'),
  fc.string({ maxLength: 20 }),
  { minKeys: 1, maxKeys: 3 },
);

const accountArbitrary = fc.record({
  homePage: fc.constantFrom('https://hr.example.gov/', 'https://lms.example.org'),
  name: word,
});

const identifierArbitrary = fc.oneof(
  word.map((local) => ({ mbox: `mailto:${local}@example.gov` })),
  hex(40).map((mbox_sha1sum) => ({ mbox_sha1sum })),
  iriArbitrary.map((openid) => ({ openid })),
  accountArbitrary.map((account) => ({ account })),
);

export const agentArbitrary = fc
  .tuple(
    identifierArbitrary,
    fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    fc.boolean(),
  )
  .map(([identifier, name, typed]) => ({
    ...(typed ? { objectType: 'Agent' as const } : {}),
    ...(name === undefined ? {} : { name }),
    ...identifier,
  }));

const groupArbitrary = fc.oneof(
  fc
    .array(agentArbitrary, { minLength: 1, maxLength: 3 })
    .map((member) => ({ objectType: 'Group' as const, member })),
  fc
    .tuple(identifierArbitrary, fc.array(agentArbitrary, { maxLength: 2 }))
    .map(([identifier, member]) => ({
      objectType: 'Group' as const,
      ...identifier,
      ...(member.length === 0 ? {} : { member }),
    })),
);

const actorArbitrary = fc.oneof(
  { weight: 3, arbitrary: agentArbitrary },
  { weight: 1, arbitrary: groupArbitrary },
);

const extensionsArbitrary = fc.dictionary(iriArbitrary, fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 2,
});

const definitionArbitrary = fc.record(
  {
    name: languageMapArbitrary,
    description: languageMapArbitrary,
    type: iriArbitrary,
    moreInfo: fc.constant('https://example.gov/more'),
    extensions: extensionsArbitrary,
  },
  { requiredKeys: [] },
);

const activityArbitrary = fc.record(
  {
    objectType: fc.constant('Activity' as const),
    id: iriArbitrary,
    definition: definitionArbitrary,
  },
  { requiredKeys: ['id'] },
);

const scoreArbitrary = fc
  .tuple(
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: 1, max: 1000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
  )
  .map(([min, span, at, scaled]) => ({ min, max: min + span, raw: min + at * span, scaled }));

const resultArbitrary = fc.record(
  {
    score: scoreArbitrary,
    success: fc.boolean(),
    completion: fc.boolean(),
    response: fc.string({ maxLength: 20 }),
    duration: fc.tuple(fc.nat(99), fc.nat(59)).map(([hours, minutes]) => `PT${hours}H${minutes}M`),
    extensions: extensionsArbitrary,
  },
  { requiredKeys: [] },
);

const timestampArbitrary = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const contextArbitrary = fc.record(
  {
    registration: uuidArbitrary,
    instructor: agentArbitrary,
    language: fc.constantFrom('en', 'fr-CA', 'sw'),
    contextActivities: fc.record(
      {
        parent: fc.array(activityArbitrary, { minLength: 1, maxLength: 2 }),
        grouping: fc.array(activityArbitrary, { maxLength: 1 }),
      },
      { requiredKeys: [] },
    ),
    contextAgents: fc.array(
      fc.record(
        {
          objectType: fc.constant('contextAgent' as const),
          agent: agentArbitrary,
          relevantTypes: fc.array(iriArbitrary, { minLength: 1, maxLength: 2 }),
        },
        { requiredKeys: ['objectType', 'agent'] },
      ),
      { maxLength: 2 },
    ),
    extensions: extensionsArbitrary,
  },
  { requiredKeys: [] },
);

const verbArbitrary = fc.record(
  { id: iriArbitrary, display: languageMapArbitrary },
  { requiredKeys: ['id'] },
);

const simpleObjectArbitrary = fc.oneof(
  { weight: 4, arbitrary: activityArbitrary },
  {
    weight: 1,
    arbitrary: agentArbitrary.map((agent) => ({ ...agent, objectType: 'Agent' as const })),
  },
  {
    weight: 1,
    arbitrary: uuidArbitrary.map((id) => ({ objectType: 'StatementRef' as const, id })),
  },
);

const subStatementArbitrary = fc
  .record(
    {
      actor: actorArbitrary,
      verb: verbArbitrary,
      object: activityArbitrary,
      timestamp: timestampArbitrary,
    },
    { requiredKeys: ['actor', 'verb', 'object'] },
  )
  .map((sub) => ({ objectType: 'SubStatement' as const, ...sub }));

/** A valid xAPI 2.0 statement. */
export const statementArbitrary = fc.record(
  {
    id: uuidArbitrary,
    actor: actorArbitrary,
    verb: verbArbitrary,
    object: fc.oneof(
      { weight: 5, arbitrary: simpleObjectArbitrary },
      { weight: 1, arbitrary: subStatementArbitrary },
    ),
    result: resultArbitrary,
    context: contextArbitrary,
    timestamp: timestampArbitrary,
    stored: timestampArbitrary,
    version: fc.constant('2.0.0'),
  },
  { requiredKeys: ['actor', 'verb', 'object'] },
);
