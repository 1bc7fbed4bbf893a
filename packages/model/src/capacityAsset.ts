import { z } from 'zod';
import { documentLimits } from './limits.js';
import { httpUrlSchema, idSchema } from './ids.js';
import { languageTagSchema, localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';

const assetBase = {
  id: idSchema,
  round: roundNumberSchema,
  name: localizedTextSchema,
  /** Competencies this asset can help build. */
  competencyIds: z.array(idSchema).max(documentLimits.listLength),
};

/** A capability centre inside a centre of excellence, e.g. "Cybersecurity" or "Geospatial". */
export const capabilityCentreSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  competencyIds: z.array(idSchema).max(documentLimits.listLength),
});

/**
 * Something that already exists to build capacity on (step 3 of the cycle): trained people,
 * training institutions, communities of practice, centres of excellence, learning materials.
 */
export const capacityAssetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...assetBase,
    kind: z.literal('trainedPeople'),
    /** People who already hold the competencies and can teach or mentor. */
    personIds: z.array(idSchema).max(documentLimits.collectionLength).min(1),
  }),
  z.strictObject({
    ...assetBase,
    kind: z.literal('trainingInstitution'),
    /** Training places it can offer a year. */
    seatsPerYear: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    ...assetBase,
    kind: z.literal('communityOfPractice'),
    communityId: idSchema,
  }),
  z.strictObject({
    ...assetBase,
    kind: z.literal('centreOfExcellence'),
    capabilityCentres: z.array(capabilityCentreSchema).max(documentLimits.listLength),
  }),
  z.strictObject({
    ...assetBase,
    kind: z.literal('learningMaterial'),
    format: z.enum(['course', 'guide', 'video', 'toolkit', 'caseStudy', 'other']),
    /** Languages (BCP 47) the material is available in. */
    languages: z.array(languageTagSchema).max(documentLimits.listLength).min(1),
    url: httpUrlSchema.optional(),
  }),
]);

/** A capacity asset; see {@link capacityAssetSchema}. */
export type CapacityAsset = z.infer<typeof capacityAssetSchema>;
