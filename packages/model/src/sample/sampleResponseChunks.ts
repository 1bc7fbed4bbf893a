import type { AssessmentResponse } from '../response.js';
import { createSampleContext, type SampleContext } from './sampleContext.js';
import { resolveSampleOptions, type SampleResponseChunkOptions } from './sampleOptions.js';
import { appendSampleResponses } from './sampleResponses.js';

/**
 * Streams the responses of the sample workspace in chunks, for head counts whose responses do not
 * fit in memory as one array (a million people bring about 1.5 million responses and 56 million
 * answers). Concatenated, the chunks equal the `responses` of
 * `generateSampleWorkspace({ people, seed })`, in the same order; pair it with
 * `generateSampleWorkspace({ people, seed, responses: false })` for the rest of the workspace.
 *
 * Only the current chunk is held: let go of each before asking for the next. Chunks are fresh
 * arrays, safe to keep or change.
 *
 * @example
 * for (const chunk of sampleResponseChunks({ people: 1_000_000, chunkSize: 10_000 })) {
 *   accumulate(chunk);
 * }
 *
 * @throws RangeError at once (not at the first chunk) for a `people`, `seed` or `chunkSize` out of range.
 */
export function sampleResponseChunks(
  options: SampleResponseChunkOptions,
): Generator<AssessmentResponse[], void, undefined> {
  const resolved = resolveSampleOptions(options);
  return chunksOf(createSampleContext(resolved), resolved.chunkSize);
}

function* chunksOf(
  context: SampleContext,
  chunkSize: number,
): Generator<AssessmentResponse[], void, undefined> {
  const { organisation, responseModel } = context;
  let buffer: AssessmentResponse[] = [];
  for (const team of organisation.teams) {
    for (let index = team.firstPerson; index < team.endPerson; index += 1) {
      appendSampleResponses(responseModel, organisation, team, index, buffer);
      while (buffer.length >= chunkSize) {
        const rest = buffer.slice(chunkSize);
        buffer.length = chunkSize;
        yield buffer;
        buffer = rest;
      }
    }
  }
  if (buffer.length > 0) yield buffer;
}
