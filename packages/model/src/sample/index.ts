export { generateSampleWorkspace } from './generateSampleWorkspace.js';
export { sampleResponseChunks } from './sampleResponseChunks.js';
export type { SampleResponseChunkOptions, SampleWorkspaceOptions } from './sampleOptions.js';
