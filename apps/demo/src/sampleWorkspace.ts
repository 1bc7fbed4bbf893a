import type { Workspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';

let cached: Workspace | undefined;

/**
 * The demo's built-in sample: a fictional ministry of 400 people, generated from a fixed seed so
 * every visitor (and every test) sees the same numbers. Built on first use, not at import.
 */
export function sampleWorkspace(): Workspace {
  cached ??= generateSampleWorkspace({ people: 400, seed: 2026, personalData: false });
  return cached;
}
