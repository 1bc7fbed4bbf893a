/**
 * Size limits on every document the model reads, so that a hostile or broken input is refused
 * with one located issue instead of being parsed, held and reported element by element. Each
 * limit is far above what a national programme needs; they are stated in the README and carried
 * into the JSON Schema export as `maxItems`, `maxLength` and `maxProperties`.
 */
export const documentLimits = {
  /**
   * Most entries in one top-level collection of a workspace (`people`, `responses`, `units`…)
   * and in a list of people's ids (`population.personIds`, `memberIds`, `participantIds`…): a
   * civil service of a million people. @default 1000000
   */
  collectionLength: 1_000_000,
  /** Most entries in any other list (sections, milestones, activities, questions…). @default 10000 */
  listLength: 10_000,
  /**
   * Most items in one instrument, and answers in one response: no questionnaire a person can
   * finish comes near. @default 1000
   */
  instrumentItems: 1_000,
  /** Most languages one localized text is given in. @default 100 */
  languages: 100,
  /** Longest text, in UTF-16 code units, of one language of a localized text or of evidence. @default 10000 */
  textLength: 10_000,
  /** Longest language tag (BCP 47 tags in use are far shorter). @default 100 */
  languageTagLength: 100,
  /** Longest URL, the limit browsers and servers commonly keep to. @default 2048 */
  urlLength: 2048,
  /** Longest short label: a code, version, unit of measure, name, grade or family. @default 500 */
  shortTextLength: 500,
} as const;

/** The type of {@link documentLimits}. */
export type DocumentLimits = typeof documentLimits;
