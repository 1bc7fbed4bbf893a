/** What `generateSampleWorkspace` builds. */
export interface SampleWorkspaceOptions {
  /** Number of people in the fictional ministry, a whole number from 1 up. */
  readonly people: number;
  /**
   * Seed of every random choice; the same options always give the same workspace.
   * Taken modulo 2³².
   * @default 1
   */
  readonly seed?: number;
  /**
   * Whether to include invented names, emails and preferred languages (`personalData`).
   * Leave them out for a pseudonymous workspace.
   * @default true
   */
  readonly personalData?: boolean;
  /**
   * Whether to include the assessment responses. Leave them out from about 50,000 people up and
   * stream them with `sampleResponseChunks` instead: each person brings about 1.5
   * responses of up to 40 answers, which soon outgrows memory as one array.
   * @default true
   */
  readonly responses?: boolean;
}

/** What `sampleResponseChunks` streams: the responses of the workspace with these options. */
export interface SampleResponseChunkOptions {
  /** Number of people in the fictional ministry, as for `generateSampleWorkspace`. */
  readonly people: number;
  /**
   * Seed, as for `generateSampleWorkspace`.
   * @default 1
   */
  readonly seed?: number;
  /**
   * Responses per chunk; every chunk but the last holds exactly this many.
   * @default 10000
   */
  readonly chunkSize?: number;
}

/** Options with their defaults filled in and checked. */
export interface ResolvedSampleOptions {
  /** Number of people. */
  readonly people: number;
  /** Seed as an unsigned 32-bit integer. */
  readonly seed: number;
  /** Whether to include personal data. */
  readonly personalData: boolean;
  /** Whether to include responses in the workspace. */
  readonly responses: boolean;
  /** Responses per streamed chunk. */
  readonly chunkSize: number;
}

// Person ids are a bijection of the person's index on 32 bits, so they stay unique up to 2³².
const maxPeople = 2 ** 32;

/** Fills in defaults and throws a `RangeError` for a count, seed or chunk size out of range. */
export function resolveSampleOptions(
  options: SampleWorkspaceOptions & Pick<SampleResponseChunkOptions, 'chunkSize'>,
): ResolvedSampleOptions {
  const { people, seed = 1, personalData = true, responses = true, chunkSize = 10_000 } = options;
  if (!Number.isInteger(people) || people < 1 || people > maxPeople) {
    throw new RangeError(`people must be a whole number from 1 to ${maxPeople}; got ${people}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a whole number; got ${seed}`);
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a whole number from 1 up; got ${chunkSize}`);
  }
  return { people, seed: seed >>> 0, personalData, responses, chunkSize };
}
